import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./entry.ts', import.meta.url));

/**
 * The shim as one minified script for an inline <script> tag: bundled from ./entry.ts by
 * esbuild, for browsers from 2019 on (the course's own floor is newer), without a source map.
 */
export async function bundleShim(): Promise<string> {
  const code = await bundleBrowserScript(ENTRY);
  if (/<\/script/i.test(code)) throw new Error('classroom shim: the bundle contains </script');
  return code;
}

/** One browser script bundled from `entry`: a minified IIFE for browsers from 2019 on. */
export async function bundleBrowserScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2019'],
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.trim();
}
