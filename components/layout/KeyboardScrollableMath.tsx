'use client';

import { useEffect } from 'react';

/**
 * Display math wider than the column scrolls sideways in its own box (globals.css); a box that
 * scrolls must be reachable by keyboard, or a keyboard user cannot read its end (axe:
 * scrollable-region-focusable, at 390 px). Only boxes that overflow at the current width become
 * tab stops, so a wide screen gains none. Re-checked whenever the lesson changes size (a
 * rotation, or a solution opened with math of its own) and whenever web fonts finish loading:
 * KaTeX's fonts widen an equation without always changing the lesson's size, so a check made
 * with the fallback font alone can miss a box that overflows once they arrive.
 */
export function KeyboardScrollableMath() {
  useEffect(() => {
    const lesson = document.querySelector('.lesson-body');
    if (!lesson) return;
    // All the measuring first, then only the changes: a write between two reads forced a fresh
    // layout of the whole lesson for every equation (234 ms on lesson 5 when a font arrived).
    const update = () => {
      const boxes = Array.from(lesson.querySelectorAll<HTMLElement>('.katex-display'));
      const wide = boxes.map((box) => box.scrollWidth > box.clientWidth + 1);
      boxes.forEach((box, i) => {
        if (wide[i] === (box.getAttribute('tabindex') === '0')) return;
        if (wide[i]) box.tabIndex = 0;
        else box.removeAttribute('tabindex');
      });
    };
    const observer = new ResizeObserver(update);
    observer.observe(lesson);
    document.fonts.addEventListener('loadingdone', update);
    let live = true;
    void document.fonts.ready.then(() => live && update());
    return () => {
      live = false;
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', update);
    };
  }, []);
  return null;
}
