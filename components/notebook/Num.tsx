'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { clampNumber, formatParam, type NumberParamSpec } from '@/lib/notebook/params';
import { useNotebook, useParam } from './NotebookProvider';
import { useHorizontalScrub } from './useHorizontalScrub';
import type { LessonProps } from '@/components/mdx/lesson-props';

/** Pixels of horizontal drag that sweep a parameter's whole range. */
const DRAG_SPAN_PX = 240;

/**
 * An inline number in the prose, bound to a page value: drag it sideways to scrub, use the
 * arrow keys (Shift or Page Up/Down for bigger steps), or press Enter and type.
 */
export function Num({ name }: LessonProps<'Num'>) {
  const store = useNotebook();
  const spec = store.specs[name];
  if (spec?.kind !== 'number') {
    throw new Error(`<Num name="${name}"> needs a number value declared in the lesson's params`);
  }
  return <NumberScrubber name={name} spec={spec} />;
}

function NumberScrubber({ name, spec }: { name: string; spec: NumberParamSpec }) {
  const [value, setValue] = useParam<number>(name);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const text = formatParam(spec, value);
  const slider = useRef<HTMLSpanElement>(null);
  // Set when Enter or Escape closes the edit box: focus goes back to the number, not the page
  // body, so the arrow keys keep adjusting it. A click elsewhere (blur) leaves focus there.
  const refocus = useRef(false);
  useEffect(() => {
    if (draft !== null || !refocus.current) return;
    refocus.current = false;
    slider.current?.focus();
  }, [draft]);

  const setFromDelta = (base: number, fraction: number) => {
    if (spec.scale === 'log' && spec.min > 0) {
      const ratio = Math.log(spec.max / spec.min);
      setValue(clampNumber(spec, base * Math.exp(fraction * ratio)));
    } else {
      setValue(clampNumber(spec, base + fraction * (spec.max - spec.min)));
    }
  };
  const scrub = useHorizontalScrub(value, (base, dx) => setFromDelta(base, dx / DRAG_SPAN_PX));

  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const big = event.shiftKey ? 10 : 1;
    const steps: Record<string, number> = {
      ArrowRight: big,
      ArrowUp: big,
      ArrowLeft: -big,
      ArrowDown: -big,
      PageUp: 10,
      PageDown: -10,
    };
    if (event.key in steps) {
      event.preventDefault();
      setValue(clampNumber(spec, value + steps[event.key] * spec.step));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setValue(event.key === 'Home' ? spec.min : spec.max);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setDraft(text);
    }
  };

  const commit = (raw: string) => {
    const n = Number(raw.replace(',', '.').replace('−', '-'));
    if (raw.trim() === '' || !Number.isFinite(n)) {
      setError(`“${raw}” is not a number`);
      return;
    }
    if (n < spec.min || n > spec.max) {
      setError(`${spec.label} must be between ${spec.min} and ${spec.max}`);
      return;
    }
    setValue(clampNumber(spec, n));
    refocus.current = true;
    setDraft(null);
    setError('');
  };

  if (draft !== null) {
    return (
      <span className="num-edit">
        <input
          className="num-input"
          aria-label={spec.label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-num-error` : undefined}
          // iOS's decimal pad has no minus key: the full keyboard when the range goes below 0.
          inputMode={spec.min < 0 ? 'text' : 'decimal'}
          autoFocus
          size={Math.max(4, draft.length + 1)}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(draft);
            if (e.key === 'Escape') {
              refocus.current = true;
              setDraft(null);
              setError('');
            }
          }}
          onBlur={() => {
            setDraft(null);
            setError('');
          }}
        />
        {error && (
          <span id={`${name}-num-error`} className="num-error" role="alert">
            {error}
          </span>
        )}
      </span>
    );
  }

  return (
    <span
      ref={slider}
      className="num"
      role="slider"
      tabIndex={0}
      aria-label={spec.label}
      aria-valuemin={spec.min}
      aria-valuemax={spec.max}
      aria-valuenow={value}
      aria-valuetext={`${spec.label} = ${text}`}
      title="Drag sideways, use the arrow keys, or press Enter to type"
      onKeyDown={onKeyDown}
      {...scrub}
      onDoubleClick={() => setDraft(text)}
      data-param={name}
    >
      {text}
    </span>
  );
}
