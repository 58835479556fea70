// The body of the network race's Web Worker. next.config.js bundles this file with esbuild into
// one self-contained script (NN_WORKER_SOURCE), which the page starts from a Blob: that works
// over HTTP, under any base path and from a folder opened over file://, where Chromium refuses
// `new Worker(url)`. All it does is serve lib/nn's trainer on the worker's message port.
import type { TrainerPort } from '@/lib/nn/protocol';
import { serveTrainer } from '@/lib/nn/serve';

serveTrainer(self as unknown as TrainerPort, {
  now: () => performance.now(),
  defer: (fn) => setTimeout(fn, 0),
  // Long slices cost nothing off the main thread; a pause still takes effect within 60 ms.
  sliceMs: 60,
});
