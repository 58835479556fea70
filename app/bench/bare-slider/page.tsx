import type { Metadata } from 'next';
import { BareSlider } from './BareSlider';

// A benchmark fixture, not course content: `npm run bench:ui` measures this page with the same
// harness as the lessons' sliders, so its figures show what the harness itself costs. It is
// linked from nowhere in the site and asks search engines not to index it.
export const metadata: Metadata = {
  title: 'Benchmark baseline: a bare slider',
  robots: { index: false, follow: false },
};

export default function BareSliderBenchmark() {
  return (
    <div className="lesson-body">
      <h1>Benchmark baseline: a bare slider</h1>
      <p>
        A fixture for <code>npm run bench:ui</code>: one slider and the number it sets, with no
        figures. The benchmark drags it exactly as it drags the lessons&apos; sliders, so the
        difference between the two is what the widgets cost.
      </p>
      <BareSlider />
    </div>
  );
}
