// The bare-slider baseline of `npm run bench:ui`, served by the benchmark itself: a page with
// the site's stylesheet and one React-controlled slider (scripts/bench-ui/bare-slider.tsx,
// bundled here with esbuild in production mode). The benchmark drags it exactly as it drags the
// lessons' sliders, so the difference between the two is what the widgets cost. It lives
// outside app/, so neither out/ nor the classroom export ever contains it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Where the benchmark opens the baseline, on the server `startBaselineServer` returns. */
export const BASELINE_PATH = '/bench/bare-slider/';
const SCRIPT_PATH = '/bench/bare-slider.js';

/** The slider page's script: React and the component in one minified production bundle. */
export async function bundleBareSlider() {
  const result = await build({
    entryPoints: [path.join(HERE, 'bare-slider.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The stylesheets the built site's home page links, as URLs on the site's server. */
export function siteStylesheets(outDir, siteBase) {
  const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  return [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    (m) => new URL(m[1], `${siteBase}/`).href,
  );
}

/** The page: the site's styles, a heading and the slider's mount point. */
export function baselineHtml(stylesheets) {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Benchmark baseline: a bare slider</title>
${links}
</head>
<body>
<main class="lesson-body">
<h1>Benchmark baseline: a bare slider</h1>
<p>A fixture for <code>npm run bench:ui</code>: one slider and the number it sets, with no figures.</p>
<div id="bare-slider-root"></div>
</main>
<script src="${SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/**
 * Serves the baseline page on 127.0.0.1 (a free port), styled by the site served at
 * `siteBase` from `outDir`. Resolves with the server's base URL and a `close` function.
 */
export async function startBaselineServer({ outDir, siteBase }) {
  const [script, html] = [
    await bundleBareSlider(),
    baselineHtml(siteStylesheets(outDir, siteBase)),
  ];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === BASELINE_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } else if (pathname === SCRIPT_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    } else {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
