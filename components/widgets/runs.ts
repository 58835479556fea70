// The run names, fallbacks and number formats live in lib/plot/runs (pure, shared with the
// view-models and their tests); the widgets import them from here as before.
export {
  RUN_STYLE,
  defaultStart,
  formatLoss,
  optimizerFor,
  runLabel,
  runStyle,
} from '@/lib/plot/runs';
