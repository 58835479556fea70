/** The gallery's table of contents: one entry per widget page under app/gallery/. */
export const GALLERY: readonly { slug: string; title: string; summary: string }[] = [
  {
    slug: 'contour-trajectories',
    title: 'Trajectories on a contour',
    summary: 'gradient descent and momentum racing on a loss surface, with a draggable start.',
  },
  {
    slug: 'formula-editors',
    title: 'Your own loss and update rule',
    summary: 'an inline equation and an update-rule editor driving a live figure.',
  },
  {
    slug: 'loss-curves',
    title: 'Loss against iteration',
    summary:
      'f(wᵏ) − f* on a log scale for gradient descent and momentum, with the theoretical envelopes C·rate²ᵏ.',
  },
  {
    slug: 'axis-components',
    title: 'Each eigen-direction on its own',
    summary:
      'the zig-zag in the steep direction and the crawl in the shallow one, gradient descent and momentum overlaid.',
  },
  {
    slug: 'beta-sweep',
    title: 'Steps to converge against β',
    summary:
      'how many steps each β needs at the current α, with β*, critical damping and a draggable β.',
  },
  {
    slug: 'ema-explorer',
    title: 'The moving average of past gradients',
    summary:
      'a gradient sequence and its EMA for any β, with the weights (1 − β)βʲ and the effective window 1/(1 − β).',
  },
  {
    slug: 'rate-map',
    title: 'Convergence rate over α and β',
    summary:
      'the rate max|σ| as a heatmap with the stability and ringing boundaries, the optimum, and a draggable (α, β).',
  },
  {
    slug: 'training-race',
    title: 'A training race on real data',
    summary:
      'gradient descent vs momentum (and Nesterov) fitting the cars data: loss curves, measured speed-up, κ raw vs standardized.',
  },
];
