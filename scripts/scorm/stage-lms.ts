// Stages the SCORM e2e test's LMS (e2e/scorm.spec.ts): each package zip unpacked under a deep
// Moodle-like path, beside a player page whose window.API is scorm-again's Scorm12API.
//
//   tsx scripts/scorm/stage-lms.ts --dir test-results/scorm-lms --zip course.zip [--zip other.zip…]
//
// The first zip goes under /pluginfile.php/17/mod_scorm/content/3/, the next under …/content/4/,
// and so on (the player opens …/content/N/ for `player.html?package=N`, 3 by default).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { unzipSync } from 'fflate';

const packagePath = (n: number) => `pluginfile.php/17/mod_scorm/content/${n}`;

const values = (name: string) =>
  process.argv.flatMap((arg, i) =>
    arg === name && process.argv[i + 1] ? [process.argv[i + 1]] : [],
  );

const dir = values('--dir')[0] ?? 'test-results/scorm-lms';
const zips = values('--zip');
if (zips.length === 0) throw new Error('give at least one --zip');
await rm(dir, { recursive: true, force: true });
const staged: string[] = [];
for (const [index, zip] of zips.entries()) {
  const data = await readFile(zip).catch(() => {
    throw new Error(`${zip} is missing: run \`npm run export:scorm\` first`);
  });
  const files = unzipSync(data);
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, packagePath(3 + index), name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  staged.push(`${zip} → /${packagePath(3 + index)}/ (${Object.keys(files).length} files)`);
}
await mkdir(path.join(dir, 'lms'), { recursive: true });
await copyFile('e2e/scorm-lms/player.html', path.join(dir, 'lms/player.html'));
// The browser build of Scorm12API (a script that defines the global Scorm12API).
const require = createRequire(import.meta.url);
await copyFile(require.resolve('scorm-again/scorm12/min'), path.join(dir, 'lms/scorm12.min.js'));
console.log(`SCORM LMS staged in ${dir}/: ${staged.join('; ')}`);
