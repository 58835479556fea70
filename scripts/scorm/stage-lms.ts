// Stages the SCORM e2e test's LMS (e2e/scorm.spec.ts): the package zip unpacked under a deep
// Moodle-like path, beside a player page whose window.API is scorm-again's Scorm12API.
//
//   tsx scripts/scorm/stage-lms.ts --zip classroom/momentum-scorm12.zip --dir test-results/scorm-lms
import { mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { unzipSync } from 'fflate';

export const PACKAGE_PATH = 'pluginfile.php/17/mod_scorm/content/3';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const zip = option('--zip', 'classroom/momentum-scorm12.zip');
const dir = option('--dir', 'test-results/scorm-lms');
const files = unzipSync(
  await readFile(zip).catch(() => {
    throw new Error(`${zip} is missing: run \`npm run export:scorm\` first`);
  }),
);
await rm(dir, { recursive: true, force: true });
for (const [name, data] of Object.entries(files)) {
  if (name.endsWith('/')) continue;
  const target = path.join(dir, PACKAGE_PATH, name);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, data);
}
await mkdir(path.join(dir, 'lms'), { recursive: true });
await copyFile('e2e/scorm-lms/player.html', path.join(dir, 'lms/player.html'));
const require = createRequire(import.meta.url);
// The browser build of Scorm12API (a script that defines the global Scorm12API).
await copyFile(require.resolve('scorm-again/scorm12/min'), path.join(dir, 'lms/scorm12.min.js'));
console.log(
  `SCORM LMS staged in ${dir}/ (${Object.keys(files).length} package files under /${PACKAGE_PATH}/)`,
);
