import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { Num } from '@/components/notebook/Num';
import { RateMap } from '@/components/widgets/RateMap';

export const metadata: Metadata = { title: 'Convergence rate over α and β — gallery' };

const params = {
  alpha: { value: 1.5, min: 0.01, max: 4, step: 0.01, label: 'α (step size)' },
  beta: { value: 0.6, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
  kappa: { value: 20, min: 1, max: 200, step: 1, label: 'κ (condition number)' },
};

export default function RateMapGallery() {
  return (
    <GalleryPage
      title="Convergence rate over α and β"
      params={params}
      intro={
        <>
          How fast momentum converges on the bowl ½(x²/κ + y²) with κ = <Num name="kappa" />, for
          every step size and momentum. The white marker is α = <Num name="alpha" />, β ={' '}
          <Num name="beta" />: drag it.
        </>
      }
    >
      <RateMap kappa="kappa" alpha="alpha" beta="beta" id="rate-map" />
    </GalleryPage>
  );
}
