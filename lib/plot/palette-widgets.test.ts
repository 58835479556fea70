import { describe, expect, it } from 'vitest';
import { CONTOUR_COLORS, PALETTE, plotColors, RATE_MAP_COLORS } from './palette';

const THEMES = ['light', 'dark'] as const;

/** WCAG relative luminance of a "#rrggbb" colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the figures’ own colours', () => {
  it('draws a draggable point as a disc whose ring stands out from it (WCAG 3:1 for graphics)', () => {
    for (const theme of THEMES) {
      const colors = plotColors(theme);
      expect(colors.handle).toBe(PALETTE[theme].handle);
      expect(colors.handleRing).toBe(PALETTE[theme]['handle-ring']);
      expect(contrast(colors.handle, colors.handleRing)).toBeGreaterThanOrEqual(3);
    }
  });

  it('runs the rate map’s scale from 0 to 1, strong to pale: darkening on the light page, lightening on the dark', () => {
    for (const theme of THEMES) {
      const { stops, diverges } = RATE_MAP_COLORS[theme];
      expect(stops[0][0]).toBe(0);
      expect(stops.at(-1)![0]).toBe(1);
      for (const [, color] of stops) expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect(diverges).toMatch(/^#[0-9a-f]{6}$/);
      const levels = stops.map(([, color]) => luminance(color));
      for (let i = 1; i < stops.length; i++) {
        expect(stops[i][0]).toBeGreaterThan(stops[i - 1][0]);
        if (theme === 'light') expect(levels[i]).toBeGreaterThan(levels[i - 1]);
        else expect(levels[i]).toBeLessThan(levels[i - 1]);
      }
    }
  });

  it('keeps the contour lines visible on every fill of the contour map', () => {
    for (const theme of THEMES) {
      const { low, high, line } = CONTOUR_COLORS[theme];
      expect(contrast(line, low)).toBeGreaterThanOrEqual(1.5);
      expect(contrast(line, high)).toBeGreaterThanOrEqual(1.5);
    }
  });
});
