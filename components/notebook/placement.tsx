'use client';

import {
  createContext,
  useContext,
  useEffect,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';

/**
 * Where a widget is relative to the screen. A widget more than a screen's height away is `away`:
 * the page values it follows may reach it once the learner pauses (useBinding), so dragging β on
 * lesson 2 re-renders the one or two figures in view, not all four. `onReturn` holds what must
 * catch up at once when it comes back within a screen.
 */
export interface Placement {
  away: boolean;
  readonly onReturn: Set<() => void>;
}

const PlacementContext = createContext<Placement | null>(null);

/** How long a page value must rest before a widget that is away follows it. */
export const AWAY_SETTLE_MS = 150;

/** Gives the widget below its own placement (withWidgetBoundary puts one around every widget). */
export function PlacementScope({ children }: { children: ReactNode }) {
  const [placement] = useState<Placement>(() => ({ away: false, onReturn: new Set() }));
  return <PlacementContext.Provider value={placement}>{children}</PlacementContext.Provider>;
}

/** The placement of the widget this component belongs to (null outside a widget). */
export function usePlacement(): Placement | null {
  return useContext(PlacementContext);
}

/**
 * Keeps the widget's placement up to date from its frame `ref` (the figure). Without
 * IntersectionObserver a widget is never away, so it follows every change at once. One frame
 * per widget: a widget that drew two FigureShells at once would have them overwrite each other.
 */
export function useTrackPlacement(ref: RefObject<HTMLElement | null>): void {
  const placement = usePlacement();
  useEffect(() => {
    const el = ref.current;
    if (!placement || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        placement.away = !entries[entries.length - 1].isIntersecting;
        if (!placement.away) for (const catchUp of placement.onReturn) catchUp();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      placement.away = false;
    };
  }, [placement, ref]);
}
