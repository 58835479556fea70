// The baseline page of `npm run bench:ui`: one React-controlled range input and the value it
// holds, the least a slider can do per event. Bundled and served by the benchmark itself
// (scripts/bench-ui/baseline-page.mjs), so it is not part of the course and never ships in out/.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function BareSlider() {
  const [value, setValue] = useState(1);
  return (
    <p className="control">
      <label htmlFor="bare-slider">Value</label>
      <input
        id="bare-slider"
        type="range"
        min={0}
        max={2}
        step={0.01}
        value={value}
        data-testid="bare-slider"
        onChange={(event) => setValue(Number(event.target.value))}
        style={{ width: '24rem', maxWidth: '100%' }}
      />
      <output htmlFor="bare-slider" aria-live="off">
        {value.toFixed(2)}
      </output>
    </p>
  );
}

createRoot(document.getElementById('bare-slider-root')!).render(<BareSlider />);
