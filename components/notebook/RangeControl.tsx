'use client';

import { formatValue } from '@/lib/notebook/params';

/**
 * A labelled slider for a figure's control row: the visible label, a native range input (so
 * keyboard and touch work everywhere) and the value printed beside it. Screen readers hear
 * `valueText`, by default "label = value".
 */
export function RangeControl({
  label,
  ariaLabel,
  value,
  min,
  max,
  step,
  digits = 2,
  valueText,
  onChange,
}: {
  label: string;
  /** A fuller accessible name when the visible label is a bare symbol, e.g. "α (step size)". */
  ariaLabel?: string;
  value: number;
  min: number;
  max: number;
  step: number;
  digits?: number;
  valueText?: string;
  onChange: (value: number) => void;
}) {
  // Never a rounded-off value: a slider holding 1.005 reads 1.005, not 1.00.
  const shown = formatValue(value, digits);
  return (
    <label className="control">
      {label}
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-label={ariaLabel}
        aria-valuetext={valueText ?? `${label} = ${shown}`}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {/* An <output> is a live region of its own (role status): off, because the slider already
          reads out its value and the figure's one live line says what the value does. */}
      <output aria-live="off">{shown}</output>
    </label>
  );
}
