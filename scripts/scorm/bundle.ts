import { fileURLToPath } from 'node:url';
import { bundleBrowserScript } from '../classroom/shim/bundle';

/** The launch page's script, bundled from ./runtime.ts as the classroom shim is. */
export function bundleScormRuntime(): Promise<string> {
  return bundleBrowserScript(fileURLToPath(new URL('./runtime.ts', import.meta.url)));
}
