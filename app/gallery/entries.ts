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
    summary: 'f(wᵏ) − f* on a log scale for gradient descent and momentum, with the theoretical envelopes C·rate²ᵏ.',
  },
  {
    slug: 'axis-components',
    title: 'Each eigen-direction on its own',
    summary: 'the zig-zag in the steep direction and the crawl in the shallow one, gradient descent and momentum overlaid.',
  },
  {
    slug: 'beta-sweep',
    title: 'Steps to converge against β',
    summary: 'how many steps each β needs at the current α, with β*, critical damping and a draggable β.',
  },
];
