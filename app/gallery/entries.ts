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
];
