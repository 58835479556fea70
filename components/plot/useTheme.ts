'use client';

import { useSyncExternalStore } from 'react';
import { plotColors, type PlotColors, type Theme } from '@/lib/plot/palette';

export type { Theme };

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

/** The figures' colours per theme, from the palette the page's CSS tokens are generated from. */
export const PLOT_COLORS: Readonly<Record<Theme, PlotColors>> = {
  light: plotColors('light'),
  dark: plotColors('dark'),
};

/** The current theme's plot colours (the tokens of globals.css, through lib/plot/palette). */
export function usePlotColors(): PlotColors {
  return PLOT_COLORS[useTheme()];
}
