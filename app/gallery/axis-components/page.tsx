import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { Num } from '@/components/notebook/Num';
import { AxisComponents } from '@/components/widgets/AxisComponents';

export const metadata: Metadata = { title: 'Each eigen-direction on its own — gallery' };

const params = {
  alpha: { value: 1.5, min: 0.05, max: 3, step: 0.01, label: 'α (step size)' },
  beta: { value: 0.6, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
  kappa: { value: 20, min: 1, max: 100, step: 1, label: 'κ (condition number)' },
  steps: { value: 40, min: 5, max: 200, step: 1, label: 'iterations' },
  start: { value: [-3.5, 1.5], label: 'start point' },
};

export default function AxisComponentsGallery() {
  return (
    <GalleryPage
      title="Each eigen-direction on its own"
      params={params}
      intro={
        <>
          The coordinates xᵢᵏ = qᵢᵀ(wᵏ − w*) of gradient descent and momentum along the steep and
          the shallow direction of the bowl ½(x²/κ + y²), with α = <Num name="alpha" />, β ={' '}
          <Num name="beta" />, κ = <Num name="kappa" /> over <Num name="steps" /> iterations.
        </>
      }
    >
      <AxisComponents
        kappa="kappa"
        caption="Steep direction: gradient descent zig-zags when αλ > 1. Shallow direction: it crawls; momentum builds up speed."
      />
    </GalleryPage>
  );
}
