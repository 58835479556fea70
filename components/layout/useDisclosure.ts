'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * A button that shows and hides a panel (the WAI-ARIA disclosure pattern): the button says
 * aria-expanded and which panel it controls; Escape, a click outside, or following one of the
 * panel's links closes it, and Escape puts focus back on the button so a keyboard user is where
 * they were. Spread `rootProps` on the element holding button and panel (it carries data-open
 * for the CSS) and `buttonProps` on the button.
 */
export function useDisclosure(panelId: string): {
  close: () => void;
  rootProps: { ref: RefObject<HTMLElement | null>; 'data-open': true | undefined };
  buttonProps: {
    type: 'button';
    ref: RefObject<HTMLButtonElement | null>;
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
  };
} {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const rootRef = useRef<HTMLElement | null>(null);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    // Outside the panel and its button: a tap on the page closes the menu, as on any phone site.
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return {
    close,
    rootProps: { ref: rootRef, 'data-open': open || undefined },
    buttonProps: {
      type: 'button',
      ref: buttonRef,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: toggle,
    },
  };
}
