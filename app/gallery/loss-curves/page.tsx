import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { Num } from '@/components/notebook/Num';
import { LossCurves } from '@/components/widgets/LossCurves';

export const metadata: Metadata = { title: 'Loss against iteration — gallery' };

const params = {
  alpha: { value: 1.5, min: 0.05, max: 3, step: 0.01, label: 'α (step size)' },
  beta: { value: 0.6, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
  kappa: { value: 50, min: 1, max: 200, step: 1, label: 'κ (condition number)' },
  steps: { value: 400, min: 10, max: 1000, step: 10, label: 'iterations' },
  start: { value: [-3.5, 1.5], label: 'start point' },
};

export default function LossCurvesGallery() {
  return (
    <GalleryPage
      title="Loss against iteration"
      params={params}
      intro={
        <>
          The excess loss f(wᵏ) − f* of gradient descent and momentum on the bowl ½(x²/κ + y²) with
          α = <Num name="alpha" />, β = <Num name="beta" />, κ = <Num name="kappa" /> over{' '}
          <Num name="steps" /> iterations, on a log scale, with each run&apos;s theoretical envelope
          dashed.
        </>
      }
    >
      <LossCurves
        kappa="kappa"
        caption="On a log scale a constant rate per step is a straight line; the dashed envelope C·rate²ᵏ starts at the initial loss C."
      />
    </GalleryPage>
  );
}
