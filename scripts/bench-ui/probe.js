// Injected into every benchmarked page before its own scripts (page.addInitScript). Records,
// relative to navigation start (performance.now()):
//   - when the first `svg.plot-overlay` appears and the frame after it is painted,
//   - when the last `.plot-loading` placeholder disappears,
//   - on demand: rAF timestamps, pointermove → next rAF / next painted frame, Plotly DOM
//     mutations during a drag, Event Timing.
// Everything lives on window.__bench; the harness reads it with page.evaluate.
(() => {
  const afterPaint = (callback) => {
    // A message posted from rAF is delivered after that frame's style, layout and paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  };

  const bench = {
    overlayAt: null,
    overlayPaintedAt: null,
    loadingSeenAt: null,
    loadingGoneAt: null,
    recording: false,
    frames: [],
    toRaf: [],
    toPaint: [],
    moves: 0,
    events: [],
    observer: null,
  };
  window.__bench = bench;

  // Load milestones. The watcher disconnects itself once both are known (or on stopWatching),
  // so it costs nothing during the drags.
  const watcher = new MutationObserver(() => {
    if (bench.overlayAt === null && document.querySelector('svg.plot-overlay')) {
      bench.overlayAt = performance.now();
      afterPaint((t) => (bench.overlayPaintedAt = t));
    }
    const loading = document.querySelector('.plot-loading');
    if (loading && bench.loadingSeenAt === null) bench.loadingSeenAt = performance.now();
    if (!loading && bench.loadingSeenAt !== null && bench.loadingGoneAt === null) {
      bench.loadingGoneAt = performance.now();
    }
    if (bench.overlayAt !== null && bench.loadingGoneAt !== null) watcher.disconnect();
  });
  watcher.observe(document, { childList: true, subtree: true });
  bench.stopWatching = () => watcher.disconnect();

  // Frames: a rAF loop that runs only while recording.
  const loop = (timestamp) => {
    if (!bench.recording) return;
    bench.frames.push(timestamp);
    requestAnimationFrame(loop);
  };

  // Input → frame: captured on window, so this runs before the page's own handlers.
  addEventListener(
    'pointermove',
    (event) => {
      if (!bench.recording) return;
      bench.moves += 1;
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        bench.toRaf.push(performance.now() - start);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => bench.toPaint.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true, passive: true },
  );
  // A touch drag the browser takes over to pan the page ends in pointercancel: the figure then
  // never sees the finger (the phone profile reports it).
  addEventListener(
    'pointercancel',
    () => {
      if (bench.recording) bench.cancels += 1;
    },
    { capture: true, passive: true },
  );

  // Plotly redraws: mutation batches inside Plotly's own hosts while recording. Decision 4 of
  // the architecture says a drag should cause none (the overlay draws what moves).
  const plotlyWatcher = new MutationObserver(() => (bench.plotlyRedraws += 1));

  bench.startFrames = () => {
    bench.plotlyRedraws = 0;
    for (const host of document.querySelectorAll('.plot-host')) {
      plotlyWatcher.observe(host, { childList: true, subtree: true, attributes: true });
    }
    bench.frames = [];
    bench.toRaf = [];
    bench.toPaint = [];
    bench.moves = 0;
    bench.cancels = 0;
    bench.recording = true;
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    bench.recording = false;
    plotlyWatcher.disconnect();
    return {
      frames: bench.frames,
      toRaf: bench.toRaf,
      toPaint: bench.toPaint,
      moves: bench.moves,
      cancels: bench.cancels,
      plotlyRedraws: bench.plotlyRedraws,
      plotHosts: document.querySelectorAll('.plot-host').length,
    };
  };

  bench.startEvents = () => {
    bench.events = [];
    const keep = (list) => {
      for (const e of list.getEntries()) {
        bench.events.push({
          name: e.name,
          duration: e.duration,
          interactionId: e.interactionId,
          startTime: e.startTime,
        });
      }
    };
    bench.observer = new PerformanceObserver(keep);
    bench.observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
    bench.keepEvents = keep;
  };
  bench.stopEvents = () => {
    if (bench.observer) {
      bench.keepEvents({ getEntries: () => bench.observer.takeRecords() });
      bench.observer.disconnect();
      bench.observer = null;
    }
    return bench.events;
  };
})();
