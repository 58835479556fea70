import type { FromTrainer, ToTrainer, TrainerPort } from '@/lib/nn/protocol';

/** The page's end of a trainer: a Web Worker, or the same trainer in slices on the page. */
export interface TrainerConnection {
  readonly where: 'worker' | 'page';
  post(message: ToTrainer): void;
  close(): void;
}

/**
 * Page-side slices stay short so no task blocks input for long: one unit of work (an optimizer
 * step, or an evaluation) runs past the budget at most, about 20 ms for a full batch of 3,000.
 */
const PAGE_SLICE_MS = 8;

/**
 * Starts the trainer in a Web Worker made from a Blob (next.config.js bundles its code into
 * NN_WORKER_SOURCE), which works over HTTP, under a base path and from a folder opened over
 * file://. Where a worker cannot start (no Worker, a Blob refused by a security policy), the
 * same trainer runs on the page in slices of a few milliseconds instead.
 */
export async function connectTrainer(
  onMessage: (message: FromTrainer) => void,
): Promise<TrainerConnection> {
  const source = process.env.NN_WORKER_SOURCE;
  if (source && typeof Worker !== 'undefined') {
    let url = '';
    try {
      url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const worker = new Worker(url, { name: 'network-trainer' });
      worker.onmessage = (event: MessageEvent<FromTrainer>) => onMessage(event.data);
      // A worker that fails to load (a policy refusing Blob scripts) reports here; id −1 tells
      // the page to fall back to training on the page.
      worker.onerror = (event) => {
        event.preventDefault();
        onMessage({ type: 'error', id: -1, message: event.message || 'The worker stopped.' });
      };
      return {
        where: 'worker',
        post: (message) => worker.postMessage(message),
        close: () => {
          worker.terminate();
          URL.revokeObjectURL(url);
        },
      };
    } catch {
      if (url) URL.revokeObjectURL(url);
    }
  }
  return connectOnPage(onMessage);
}

export async function connectOnPage(
  onMessage: (message: FromTrainer) => void,
): Promise<TrainerConnection> {
  const { serveTrainer } = await import('@/lib/nn/serve');
  let open = true;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (open) fn();
    }, 0);
    timers.add(timer);
  };
  const port: TrainerPort = {
    // Delivered asynchronously, like a worker's messages, so the page never re-renders mid-slice.
    postMessage: (message) => later(() => onMessage(message)),
    onmessage: null,
  };
  serveTrainer(port, { now: () => performance.now(), defer: later, sliceMs: PAGE_SLICE_MS });
  return {
    where: 'page',
    post: (message) => later(() => port.onmessage?.({ data: message })),
    close: () => {
      open = false;
      timers.forEach(clearTimeout);
    },
  };
}
