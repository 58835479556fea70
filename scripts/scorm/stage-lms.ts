// Stages the SCORM e2e tests' LMS (e2e/scorm.spec.ts, e2e/scorm-download.spec.ts): each package
// zip unpacked under a deep Moodle-like path, beside a player page whose window.API is
// scorm-again's Scorm12API.
//
//   tsx scripts/scorm/stage-lms.ts --dir test-results/scorm-lms --zip course.zip [--zip other.zip…]
//
// The first zip goes under /pluginfile.php/17/mod_scorm/content/3/, the next under …/content/4/,
// and so on (the player opens …/content/N/ for `player.html?package=N`, 3 by default). A test
// stages a package it made itself with stagePackage (the server serves the folder as it is).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

export const LMS_DIR = 'test-results/scorm-lms';
export const FIRST_PACKAGE = 3;
const packagePath = (n: number) => `pluginfile.php/17/mod_scorm/content/${n}`;

/** Unpacks a package zip under the LMS's path for package `n`; returns its number of files. */
export async function stagePackage(dir: string, zip: Uint8Array, n: number): Promise<number> {
  const files = unzipSync(zip);
  await rm(path.join(dir, packagePath(n)), { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, packagePath(n), name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return Object.keys(files).length;
}

async function stageLms(dir: string, zips: readonly string[]) {
  if (zips.length === 0) throw new Error('give at least one --zip');
  await rm(dir, { recursive: true, force: true });
  const staged: string[] = [];
  for (const [index, zip] of zips.entries()) {
    const data = await readFile(zip).catch(() => {
      throw new Error(`${zip} is missing: run \`npm run export:scorm\` first`);
    });
    const count = await stagePackage(dir, data, FIRST_PACKAGE + index);
    staged.push(`${zip} → /${packagePath(FIRST_PACKAGE + index)}/ (${count} files)`);
  }
  await mkdir(path.join(dir, 'lms'), { recursive: true });
  await copyFile('e2e/scorm-lms/player.html', path.join(dir, 'lms/player.html'));
  // The browser build of Scorm12API (a script that defines the global Scorm12API).
  const require = createRequire(import.meta.url);
  await copyFile(require.resolve('scorm-again/scorm12/min'), path.join(dir, 'lms/scorm12.min.js'));
  console.log(`SCORM LMS staged in ${dir}/: ${staged.join('; ')}`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const values = (name: string) =>
    process.argv.flatMap((arg, i) =>
      arg === name && process.argv[i + 1] ? [process.argv[i + 1]] : [],
    );
  await stageLms(values('--dir')[0] ?? LMS_DIR, values('--zip'));
}
