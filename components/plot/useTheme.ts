'use client';

import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The page's current theme, following the dark-mode toggle live. */
export function useTheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => (document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light'),
    () => 'light',
  );
}

/** Colours that must match the CSS tokens in globals.css, for Plotly and SVG overlays. */
export const PLOT_COLORS = {
  light: {
    fg: '#1d1c1a',
    muted: '#5b5853',
    grid: '#e4e0d8',
    gd: '#c2410c',
    momentum: '#1d4ed8',
    nesterov: '#047857',
    adam: '#7c3aed',
    accent: '#1f5fbf',
  },
  dark: {
    fg: '#e9e7e2',
    muted: '#a9a59d',
    grid: '#33373d',
    gd: '#fb923c',
    momentum: '#7fb0ff',
    nesterov: '#34d399',
    adam: '#c4b5fd',
    accent: '#7fb0ff',
  },
} as const;
