import type { Metadata } from 'next';
import { GalleryPage } from '@/components/layout/GalleryPage';
import { Num } from '@/components/notebook/Num';
import { TrainingRace } from '@/components/widgets/TrainingRace';

export const metadata: Metadata = { title: 'A training race on real data — gallery' };

const params = {
  alpha: { value: 0.3, min: 0.01, max: 2, step: 0.01, label: 'α (step size)' },
  beta: { value: 0.7, min: 0, max: 0.99, step: 0.01, label: 'β (momentum)' },
};

const FEATURES = ['Weight_in_lbs', 'Horsepower', 'Displacement', 'Acceleration', 'Year'] as const;

export default function TrainingRaceGallery() {
  return (
    <GalleryPage
      title="A training race on real data"
      params={params}
      intro={
        <>
          Linear regression of miles per gallon on five features of 392 cars, trained by gradient
          descent and by momentum with the same α = <Num name="alpha" /> and β = <Num name="beta" />
          .
        </>
      }
    >
      <TrainingRace features={[...FEATURES]} epochs={150} nesterov />
      <TrainingRace
        alpha="miniAlpha"
        beta="miniBeta"
        defaultAlpha={0.02}
        defaultBeta={0.9}
        features={['Horsepower', 'Weight_in_lbs']}
        batchSize={32}
        epochs={60}
        caption="Its own α and β: two features, minibatches of 32, so every epoch takes 13 noisy steps."
      />
    </GalleryPage>
  );
}
