import { buildSync } from 'esbuild';

// The course ships as a static folder (output: 'export'); BASE_PATH lets it live under a
// sub-path such as /courses/momentum on a school server.
const basePath = process.env.BASE_PATH ? process.env.BASE_PATH.replace(/\/+$/, '') : '';

/**
 * The network lesson trains in a Web Worker started from a Blob, because Chromium refuses
 * `new Worker(url)` on pages opened from disk. The Blob needs the worker's code as a string:
 * esbuild bundles the entry (lib/nn's trainer and the optimizers it uses) into one script here,
 * and `env` inlines it into the one module that reads process.env.NN_WORKER_SOURCE.
 */
const trainerWorker = buildSync({
  entryPoints: ['components/widgets/network/trainer-worker.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  write: false,
  logLevel: 'error',
}).outputFiles[0].text;

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath,
  // Every page becomes folder/index.html, which any plain static server (and file://) can open.
  trailingSlash: true,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NN_WORKER_SOURCE: trainerWorker },
  reactStrictMode: true,
  // `npm test` type-checks the whole tree once (`npm run typecheck`); skipping it here keeps
  // the build within its time and memory budget on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  turbopack: {
    // plotly.js requires maplibre-gl's CSS even in a partial bundle without maps (65 KB).
    resolveAlias: { 'maplibre-gl/dist/maplibre-gl.css': './components/plot/empty.css' },
  },
};

export default nextConfig;
