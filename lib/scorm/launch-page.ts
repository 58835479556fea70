import type { ScormPackageConfig } from './package-config';
import { xmlEscape } from './manifest';

/**
 * The SCO's launch page: the course in a frame that fills the window, the package's settings
 * as JSON, and the run-time script (./runtime.ts). One page for the whole session, so the
 * learner moves between lessons inside the frame while LMSInitialize and LMSFinish happen once.
 */
export function launchPageHtml(config: ScormPackageConfig): string {
  // JSON inside <script>: `<` escaped, so no text can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlEscape(config.title)}</title>
<style>html,body{margin:0;height:100%;background:#fbfaf7}iframe{display:block;border:0;width:100%;height:100%}</style>
<script type="application/json" id="momentum-scorm-config">${json}</script>
</head>
<body>
<iframe id="course" title="${xmlEscape(config.title)}"></iframe>
<noscript><p><a href="${xmlEscape(config.start)}">Open the course</a> (this page needs JavaScript to report to your LMS).</p></noscript>
<script src="scorm-runtime.js"></script>
</body>
</html>
`;
}
