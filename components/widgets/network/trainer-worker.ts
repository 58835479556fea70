// The body of the network race's Web Worker. next.config.js bundles this file with esbuild into
// one self-contained script (NN_WORKER_SOURCE), which the page starts from a Blob: that works
// over HTTP, under any base path and from a folder opened over file://, where Chromium refuses
// `new Worker(url)`. All it does is serve lib/nn's trainer on the worker's message port.
import type { TrainerPort } from '@/lib/nn/protocol';
import { serveTrainer } from '@/lib/nn/serve';

serveTrainer(self as unknown as TrainerPort, {
  now: () => performance.now(),
  defer: (fn) => setTimeout(fn, 0),
  // Each slice ends in a progress message the page must render: ~8 a second keeps the curves
  // lively without taking the page's main thread from its sliders; a pause lands within 120 ms.
  sliceMs: 120,
});
