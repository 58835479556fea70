'use client';

import { useId, type ComponentProps, type ReactNode } from 'react';
import { RangeControl } from '@/components/notebook/RangeControl';

type SliderProps = Omit<ComponentProps<typeof RangeControl>, 'label' | 'min' | 'max' | 'step'> &
  Partial<Pick<ComponentProps<typeof RangeControl>, 'min' | 'max' | 'step'>>;

/** The step-size slider the figures share: "α" from 0.01 to 2, read as "α (step size)". */
export function StepSizeControl(props: SliderProps) {
  return (
    <RangeControl label="α" ariaLabel="α (step size)" min={0.01} max={2} step={0.01} {...props} />
  );
}

/** The momentum slider the figures share: β from 0 to 0.99, read as "β (momentum)". */
export function MomentumControl(props: SliderProps) {
  return (
    <RangeControl label="β" ariaLabel="β (momentum)" min={0} max={0.99} step={0.01} {...props} />
  );
}

/**
 * A slider over the steps of a run, 0 … steps in whole steps, read as "step k of n" (or the
 * figure's own word for a step, such as "epoch").
 */
export function StepControl({
  label,
  noun,
  value,
  steps,
  onChange,
}: {
  label: string;
  noun: string;
  value: number;
  steps: number;
  onChange: (value: number) => void;
}) {
  return (
    <RangeControl
      label={label}
      value={value}
      min={0}
      max={steps}
      step={1}
      digits={0}
      valueText={`${noun} ${value} of ${steps}`}
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
