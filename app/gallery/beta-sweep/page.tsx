import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { Num } from '@/components/notebook/Num';
import { BetaSweep } from '@/components/widgets/BetaSweep';

export const metadata: Metadata = { title: 'Steps to converge against β — gallery' };

const params = {
  alpha: { value: 1.5, min: 0.05, max: 3, step: 0.01, label: 'α (step size)' },
  beta: { value: 0.6, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
  kappa: { value: 20, min: 1, max: 100, step: 1, label: 'κ (condition number)' },
  start: { value: [-3.5, 1.5], label: 'start point' },
};

export default function BetaSweepGallery() {
  return (
    <GalleryPage
      title="Steps to converge against β"
      params={params}
      intro={
        <>
          For α = <Num name="alpha" /> on the bowl ½(x²/κ + y²) with κ = <Num name="kappa" />: how
          many heavy-ball steps each β needs to shrink the loss a millionfold. The current β ={' '}
          <Num name="beta" /> is the solid line; drag it.
        </>
      }
    >
      <BetaSweep
        kappa="kappa"
        caption="Too small a β crawls like gradient descent; too large a β overshoots and rings, decaying only like √β per step."
      />
    </GalleryPage>
  );
}
