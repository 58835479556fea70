import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { Num } from '@/components/notebook/Num';
import { ContourTrajectories } from '@/components/widgets/ContourTrajectories';

export const metadata: Metadata = { title: 'Trajectories on a contour — gallery' };

const params = {
  alpha: { value: 1.5, min: 0.05, max: 3, step: 0.01, label: 'α (step size)' },
  beta: { value: 0.6, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
  kappa: { value: 20, min: 1, max: 100, step: 1, label: 'κ (condition number)' },
  steps: { value: 40, min: 5, max: 200, step: 1, label: 'epochs' },
  start: { value: [-3.5, 1.5], label: 'start point' },
};

export default function ContourTrajectoriesGallery() {
  return (
    <GalleryPage
      title="Trajectories on a contour"
      params={params}
      intro={
        <>
          Gradient descent and momentum on the bowl ½(x²/κ + y²) with α = <Num name="alpha" />, β ={' '}
          <Num name="beta" />, κ = <Num name="kappa" /> and <Num name="steps" /> epochs. Drag the
          white start point.
        </>
      }
    >
      <ContourTrajectories kappa="kappa" arrows />
      <ContourTrajectories kappa="kappa" sideBySide caption="The same runs, side by side." />
    </GalleryPage>
  );
}
