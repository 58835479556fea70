import { describe, expect, it } from 'vitest';
import { PALETTE, paletteCss, plotColors, PRINT_TOKENS } from './palette';

describe('the palette', () => {
  it('defines the same tokens for light and dark', () => {
    expect(Object.keys(PALETTE.dark).sort()).toEqual(Object.keys(PALETTE.light).sort());
  });

  it('gives every token a six-digit hex colour', () => {
    for (const tokens of [PALETTE.light, PALETTE.dark]) {
      for (const value of Object.values(tokens)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('writes each theme’s tokens into the CSS the page loads', () => {
    const css = paletteCss();
    const [light, dark, system, print] = css.split('\n');
    expect(light).toMatch(/^:root \{ color-scheme: light;/);
    expect(light).toContain(`--gd: ${PALETTE.light.gd};`);
    expect(light).toContain(`--bg-raised: ${PALETTE.light['bg-raised']};`);
    expect(dark).toMatch(/^:root\[data-theme='dark'\] \{ color-scheme: dark;/);
    expect(dark).toContain(`--momentum: ${PALETTE.dark.momentum};`);
    expect(system).toContain(':root:not([data-theme])');
    expect(system).toContain(`--fg: ${PALETTE.dark.fg};`);
    expect(print).toMatch(/^@media print/);
    expect(print).toContain(`--fg: ${PRINT_TOKENS.fg};`);
    expect(print).not.toContain('--gd');
  });

  it('hands the figures the same colours the CSS tokens carry', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colors = plotColors(theme);
      expect(colors.fg).toBe(PALETTE[theme].fg);
      expect(colors.muted).toBe(PALETTE[theme]['fg-muted']);
      expect(colors.gd).toBe(PALETTE[theme].gd);
      expect(colors.halo).toBe(PALETTE[theme]['bg-raised']);
    }
  });
});
