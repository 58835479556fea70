'use client';

import { useSyncExternalStore } from 'react';
import { THEME_KEY } from './theme';

type Theme = 'light' | 'dark';

function readTheme(): Theme {
  return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** A visible dark-mode switch; the choice is remembered across visits. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, () => null);
  const toggle = () => {
    const next: Theme = readTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.setAttribute('data-theme', next);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage may be off (private mode, file://): the theme still changes for this visit.
    }
  };
  return (
    <button
      type="button"
      className="button theme-toggle"
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      onClick={toggle}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span> Dark mode
    </button>
  );
}
