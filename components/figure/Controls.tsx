'use client';

import { useId, type ReactNode } from 'react';
import { RangeControl } from '@/components/notebook/RangeControl';

/** The step-size slider the figures share: "α", read as "α (step size)". */
export function StepSizeControl({
  value,
  onChange,
  min = 0.01,
  max = 2,
  step = 0.01,
  digits,
  ariaLabel = 'α (step size)',
}: {
  value: number;
  onChange: (alpha: number) => void;
  min?: number;
  max?: number;
  step?: number;
  digits?: number;
  ariaLabel?: string;
}) {
  return (
    <RangeControl
      label="α"
      ariaLabel={ariaLabel}
      value={value}
      min={min}
      max={max}
      step={step}
      digits={digits}
      onChange={onChange}
    />
  );
}

/** The momentum slider the figures share: β from 0 to 0.99, read as "β (momentum)". */
export function MomentumControl({
  value,
  onChange,
  valueText,
}: {
  value: number;
  onChange: (beta: number) => void;
  /** What a screen reader hears for the value, when more than the number helps. */
  valueText?: string;
}) {
  return (
    <RangeControl
      label="β"
      ariaLabel="β (momentum)"
      value={value}
      min={0}
      max={0.99}
      step={0.01}
      valueText={valueText}
      onChange={onChange}
    />
  );
}

/** A labelled drop-down in a figure's control row. */
export function SelectControl<T extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  /** The chosen option's value, as the option list gives it (not the DOM's string). */
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <span className="control">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => String(o.value) === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

/** A labelled checkbox in a figure's control row. */
export function CheckboxControl({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="control">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
