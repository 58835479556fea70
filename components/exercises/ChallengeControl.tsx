'use client';

import { useId, useState } from 'react';
import { gridEntry, type ValueGrid } from '@/lib/exercises/challenge-grid';
import { formatValue } from '@/lib/notebook/params';
import { parseNumberInput } from './NumericAnswer';
import { NUMBER_TEXT_INPUT } from './numberTextInput';

/**
 * One parameter of a challenge: a box to type an exact value (a phone slider cannot aim at
 * 1.80) and a slider to explore; on a phone the slider takes a row of its own, the box stays
 * beside the label (the order on screen is the tab order). Both hold the same value on the same grid:
 * a typed value is committed on Enter or when the box loses focus, rounded to the grid (with a
 * note) or refused with a message that keeps the last good value; Escape restores the box.
 */
export function ChallengeControl({
  label,
  value,
  grid,
  digits,
  onChange,
}: {
  label: string;
  value: number;
  grid: ValueGrid;
  digits: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  // What the learner is typing, until committed (null: the box shows the value).
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const shown = formatValue(value, digits);

  const commit = () => {
    if (draft === null) return;
    const entry = gridEntry(parseNumberInput(draft), draft, grid, label, value);
    if (!entry.ok) {
      // The typed text stays so it can be corrected; the value (and the figure) do not move.
      setMessage({ text: entry.message, bad: true });
      return;
    }
    setDraft(null);
    setMessage(entry.note ? { text: entry.note, bad: false } : null);
    if (entry.value !== value) onChange(entry.value);
  };

  return (
    <div className="control challenge-control">
      <label id={`${id}-label`} htmlFor={`${id}-box`}>
        {label}
      </label>
      <input
        id={`${id}-box`}
        className="number-box"
        {...NUMBER_TEXT_INPUT}
        value={draft ?? shown}
        aria-invalid={message?.bad ? true : undefined}
        aria-describedby={`${id}-message`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && (draft !== null || message)) {
            // Only when there is something to undo: otherwise Escape is the page's.
            e.preventDefault();
            setDraft(null);
            setMessage(null);
          }
        }}
      />
      <input
        type="range"
        min={grid.min}
        max={grid.max}
        step={grid.step}
        value={value}
        aria-labelledby={`${id}-label`}
        aria-valuetext={`${label} = ${shown}`}
        onChange={(e) => {
          setDraft(null);
          setMessage(null);
          onChange(Number(e.target.value));
        }}
      />
      <span
        id={`${id}-message`}
        className={`control-message${message?.bad ? ' bad' : ''}`}
        aria-live="polite"
      >
        {message?.text}
      </span>
    </div>
  );
}
