// What `npm run bench:ui` drags. Each target names the page, the slider to drag and how, the
// control that takes 50 key presses, and (where a click changes the value) where to click.
//
//   drag.from    'center' of the element (an inline number, a marker, a range thumb at mid-value)
//   drag.dx/dy   the far end of a triangle sweep in CSS pixels; the pointer goes there and back
//                every 1.5 s, so a 3-second drag covers it twice and the value changes every move
//   clicks       'track' alternates clicks at 30% / 70% of the element's width; 'area' alternates
//                two points in the element's box; null when a click does not change the value
//   figures      whether the page draws Plotly figures (load metrics are n/a otherwise)
//   train        a button to press before the drag: the drag and the key presses then run while
//                the page trains (the network lesson), and the longest main-thread task during
//                training is reported
//   server       'baseline' for the page the benchmark serves itself (baseline-page.mjs);
//                otherwise the page is in the built site, out/

export const TARGETS = [
  {
    id: 'baseline',
    label: 'baseline: bare range input',
    path: '/bench/bare-slider/',
    server: 'baseline',
    drag: { selector: '#bare-slider', dx: -150, dy: 0 },
    keys: '#bare-slider',
    clicks: { selector: '#bare-slider', mode: 'track' },
    figures: false,
  },
  {
    id: 'lesson-1',
    label: 'lesson 1: α inline number',
    path: '/lessons/why-gradient-descent-oscillates/',
    drag: { selector: '[role="slider"][data-param="alpha"]', dx: -150, dy: 0 },
    keys: '[role="slider"][data-param="alpha"]',
    clicks: null,
    figures: true,
  },
  {
    id: 'rate-map',
    label: 'gallery rate map: marker',
    path: '/gallery/rate-map/',
    drag: {
      selector: '[data-testid="rate-marker"] circle[r="7"]',
      dx: -120,
      dy: 60,
      scrollTo: 'figure',
    },
    keys: '[role="slider"][data-param="alpha"]',
    clicks: { selector: '.rate-map-drag > rect', mode: 'area' },
    figures: true,
  },
  {
    id: 'lesson-3',
    label: 'lesson 3 (momentum): α inline number',
    path: '/lessons/momentum/',
    drag: { selector: '[role="slider"][data-param="alpha"]', dx: -120, dy: 0 },
    keys: '[role="slider"][data-param="alpha"]',
    clicks: null,
    figures: true,
  },
  {
    id: 'lesson-2',
    label: 'lesson 2 (moving averages): β inline number',
    path: '/lessons/moving-averages/',
    drag: { selector: '[role="slider"][data-param="beta"]', dx: -120, dy: 0 },
    keys: '[role="slider"][data-param="beta"]',
    clicks: null,
    figures: true,
  },
  {
    id: 'lesson-3-beta',
    label: 'lesson 3 (momentum): β inline number',
    path: '/lessons/momentum/',
    drag: { selector: '[role="slider"][data-param="beta"]', dx: -120, dy: 0 },
    keys: '[role="slider"][data-param="beta"]',
    clicks: null,
    figures: true,
  },
  {
    id: 'lesson-4',
    label: 'lesson 4 (tuning the momentum rate): β inline number',
    path: '/lessons/tuning-the-momentum-rate/',
    drag: { selector: '[role="slider"][data-param="beta"]', dx: -120, dy: 0 },
    keys: '[role="slider"][data-param="beta"]',
    clicks: null,
    figures: true,
  },
  {
    id: 'lesson-5',
    label: 'lesson 5 (momentum in real training): β inline number',
    path: '/lessons/momentum-in-real-training/',
    drag: { selector: '[role="slider"][data-param="beta"]', dx: -120, dy: 0 },
    keys: '[role="slider"][data-param="beta"]',
    clicks: null,
    figures: true,
  },
  {
    id: 'lesson-7',
    label: 'lesson 7 (playground): β inline number',
    path: '/lessons/playground/',
    drag: { selector: '[role="slider"][data-param="beta"]', dx: -120, dy: 0 },
    keys: '[role="slider"][data-param="beta"]',
    clicks: null,
    figures: true,
  },
  {
    id: 'network',
    label: 'network lesson: β slider while the race trains',
    path: '/lessons/momentum-on-a-neural-network/',
    drag: {
      selector: 'figure.network-race input[aria-label="β (momentum)"]',
      dx: -120,
      dy: 0,
      scrollTo: 'figure',
    },
    keys: 'figure.network-race input[aria-label="β (momentum)"]',
    clicks: { selector: 'figure.network-race input[aria-label="β (momentum)"]', mode: 'track' },
    figures: true,
    train: { selector: 'figure.network-race button.primary', name: 'Train' },
  },
];
