import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { Num } from '@/components/notebook/Num';
import { EmaExplorer } from '@/components/widgets/EmaExplorer';

export const metadata: Metadata = { title: 'The moving average of past gradients — gallery' };

const params = {
  beta: { value: 0.9, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
};

export default function EmaExplorerGallery() {
  return (
    <GalleryPage
      title="The moving average of past gradients"
      params={params}
      intro={
        <>
          A sequence of gradients and its exponential moving average vₖ = βvₖ₋₁ + (1 − β)gₖ with β ={' '}
          <Num name="beta" />, and the weight each past gradient gets. Switch the input and the bias
          correction.
        </>
      }
    >
      <EmaExplorer beta="beta" />
      <EmaExplorer
        beta="beta"
        signal="step"
        biasCorrection
        caption="The same β on a step input, with bias correction."
      />
    </GalleryPage>
  );
}
