/**
 * The course's colours, written once. The page's CSS custom properties (--bg, --fg, --gd, …)
 * are generated from these tables (`paletteCss`, inlined by app/layout.tsx), and the figures
 * read the same tables for Plotly and their SVG overlays (`plotColors`), so a colour changed
 * here changes both. Contrast ratios meet WCAG AA.
 */

/** Every colour token, by its CSS name without the leading "--". */
export interface PaletteTokens {
  readonly bg: string;
  readonly 'bg-raised': string;
  readonly 'bg-sunken': string;
  readonly fg: string;
  readonly 'fg-muted': string;
  readonly border: string;
  readonly grid: string;
  readonly accent: string;
  readonly 'accent-fg': string;
  readonly gd: string;
  readonly momentum: string;
  readonly nesterov: string;
  readonly adam: string;
  readonly ok: string;
  readonly 'ok-bg': string;
  readonly bad: string;
  readonly 'bad-bg': string;
  readonly focus: string;
  /** A point the learner drags (a start point, the rate map's α-β marker): a bright disc… */
  readonly handle: string;
  /** …in a dark ring, so it reads on every colour of the figure under it, in either theme. */
  readonly 'handle-ring': string;
}

export type Theme = 'light' | 'dark';

export const PALETTE: Readonly<Record<Theme, PaletteTokens>> = {
  light: {
    bg: '#fdfcf9',
    'bg-raised': '#ffffff',
    'bg-sunken': '#f3f1ec',
    fg: '#1d1c1a',
    'fg-muted': '#5b5853',
    border: '#dcd8d0',
    grid: '#e4e0d8',
    accent: '#1f5fbf',
    'accent-fg': '#ffffff',
    gd: '#c2410c',
    momentum: '#1d4ed8',
    nesterov: '#047857',
    adam: '#7c3aed',
    ok: '#166534',
    'ok-bg': '#e7f6ec',
    bad: '#a61b1b',
    'bad-bg': '#fdecec',
    focus: '#b45309',
    handle: '#ffffff',
    'handle-ring': '#000000',
  },
  dark: {
    bg: '#15171a',
    'bg-raised': '#1d2024',
    'bg-sunken': '#101214',
    fg: '#e9e7e2',
    'fg-muted': '#a9a59d',
    border: '#393d43',
    grid: '#33373d',
    accent: '#7fb0ff',
    'accent-fg': '#0b1220',
    gd: '#fb923c',
    momentum: '#7fb0ff',
    nesterov: '#34d399',
    adam: '#c4b5fd',
    ok: '#86efac',
    'ok-bg': '#15301f',
    bad: '#fca5a5',
    'bad-bg': '#3a1616',
    focus: '#fbbf24',
    handle: '#ffffff',
    'handle-ring': '#000000',
  },
};

/** Paper and ink for print, whatever the screen theme: clean black on white. */
export const PRINT_TOKENS: Readonly<Partial<PaletteTokens>> = {
  bg: '#fff',
  'bg-raised': '#fff',
  'bg-sunken': '#f4f4f4',
  fg: '#000',
  'fg-muted': '#333',
  border: '#999',
  accent: '#000',
};

/** The colours a figure draws with, named as the figures use them. */
export interface PlotColors {
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly gd: string;
  readonly momentum: string;
  readonly nesterov: string;
  readonly adam: string;
  readonly accent: string;
  /** The figure's own background: the outline behind overlay text and around markers. */
  readonly halo: string;
  /** A draggable point's fill and ring. */
  readonly handle: string;
  readonly handleRing: string;
}

export function plotColors(theme: Theme): PlotColors {
  const p = PALETTE[theme];
  return {
    fg: p.fg,
    muted: p['fg-muted'],
    grid: p.grid,
    gd: p.gd,
    momentum: p.momentum,
    nesterov: p.nesterov,
    adam: p.adam,
    accent: p.accent,
    halo: p['bg-raised'],
    handle: p.handle,
    handleRing: p['handle-ring'],
  };
}

function declarations(tokens: Partial<PaletteTokens>, scheme: Theme): string {
  const lines = Object.entries(tokens).map(([name, value]) => `--${name}: ${value};`);
  return [`color-scheme: ${scheme};`, ...lines].join(' ');
}

/**
 * The CSS that defines every colour token: light by default, dark under data-theme="dark" or,
 * before the theme script has run (no JavaScript), when the system prefers dark; print always
 * light.
 */
export function paletteCss(): string {
  const dark = declarations(PALETTE.dark, 'dark');
  return [
    `:root { ${declarations(PALETTE.light, 'light')} }`,
    `:root[data-theme='dark'] { ${dark} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme]) { ${dark} } }`,
    `@media print { :root, :root[data-theme='dark'] { ${declarations(PRINT_TOKENS, 'light')} } }`,
  ].join('\n');
}

/**
 * The network lesson's handwritten digits (its strip of test digits): dark ink on white paper in
 * either theme, as the digits were written, each grey level drawn as the ink at that level's
 * opacity. Only that SVG draws with them, so they are not CSS tokens.
 */
export const DIGIT_COLORS = { paper: '#ffffff', ink: '#141414' } as const;

/** A colour scale for Plotly and CSS gradients: [position from 0 to 1, colour], in order. */
export type ColorStops = readonly (readonly [number, string])[];

/**
 * The convergence-rate map (components/widgets/RateMap): fast rates strong, slow ones pale (the
 * strong end is dark on the light page and light on the dark one), divergence a flat neutral.
 */
export const RATE_MAP_COLORS: Readonly<Record<Theme, { stops: ColorStops; diverges: string }>> = {
  light: {
    stops: [
      [0, '#172f7a'],
      [0.3, '#2f6fe0'],
      [0.65, '#a9c8f5'],
      [1, '#f6f3ea'],
    ],
    diverges: '#bdb7ac',
  },
  dark: {
    stops: [
      [0, '#e3eeff'],
      [0.3, '#7fb0ff'],
      [0.65, '#2a4f91'],
      [1, '#1c2230'],
    ],
    diverges: '#4b4740',
  },
};

/**
 * The filled loss contours under the trajectories: quiet tones from the lowest level (`low`) to
 * the highest (`high`) with thin contour lines, so the runs drawn on top carry the colour.
 */
export const CONTOUR_COLORS: Readonly<Record<Theme, { low: string; high: string; line: string }>> =
  {
    light: { low: '#dbe7f5', high: '#fbfaf6', line: '#9fb3c8' },
    dark: { low: '#1f2d3d', high: '#2b2f35', line: '#56606c' },
  };
