// The launch page's script (bundled into scorm-runtime.js by ./bundle.ts). In an LMS it opens a
// SCORM 1.2 session (lib/scorm/session.ts), offers the course pages the bridge
// (lib/scorm/bridge.ts) and frames the course; outside an LMS it simply opens the course.
import { SCORM_BRIDGE_KEY } from '../../lib/scorm/bridge';
import { findScorm12Api, type FrameLike } from '../../lib/scorm/discovery';
import { scormPackageConfigSchema } from '../../lib/scorm/package-config';
import { Scorm12Session } from '../../lib/scorm/session';
import { cmiTime } from '../../lib/scorm/timespan';

function launch() {
  const configText = document.getElementById('momentum-scorm-config')?.textContent ?? '';
  const config = scormPackageConfigSchema.parse(JSON.parse(configText));
  const frame = document.getElementById('course') as HTMLIFrameElement;
  const api = findScorm12Api(window as unknown as FrameLike);
  if (!api) {
    // No LMS: just the course, as if its own index.html had been opened.
    location.replace(config.start);
    return;
  }
  const session = new Scorm12Session(api, config, {
    now: () => Date.now(),
    timeOfDay: () => {
      const d = new Date();
      return cmiTime(d.getHours(), d.getMinutes(), d.getSeconds());
    },
  });
  const report = () => {
    for (const problem of session.problems.splice(0)) console.warn(`SCORM: ${problem}`);
  };
  if (!session.start()) {
    report();
    location.replace(config.start);
    return;
  }
  (window as unknown as Record<string, unknown>)[SCORM_BRIDGE_KEY] = session;
  document.documentElement.dataset.scorm = session.scoring ? 'scoring' : 'review';
  document.documentElement.dataset.restored = String(session.restoredAnswers);
  // pagehide, not unload: it fires when the LMS closes the frame or the learner leaves, and
  // lets the page go into the back-forward cache. LMSFinish happens once however often it fires.
  window.addEventListener('pagehide', () => {
    session.finish();
    report();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.commit();
  });
  frame.src = config.start;
  report();
}

launch();
