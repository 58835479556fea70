'use client';

import { useState } from 'react';

/** One range input and the value it holds: the least a slider can do per event. */
export function BareSlider() {
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
