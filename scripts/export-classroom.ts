// The classroom kit: one folder (and a zip of it) that works served by any static server — at
// the root or under any prefix — and opened straight from disk by double-clicking index.html.
//
//   npm run export:classroom -- [--base /prefix] [--out classroom] [--no-build] [--no-zip]
//
// Builds the static site (or reuses out/ with --no-build), copies it to <out>/momentum/,
// rewrites every in-site URL relative to the page holding it and adds the classroom shim
// (scripts/classroom/rewrite.ts, scripts/classroom/shim/),
// adds FOR-TEACHERS.html/.txt, checks every link, and writes <out>/momentum.zip.
import { spawnSync, execFileSync } from 'node:child_process';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_COURSE_PACKAGE } from '../lib/scorm/plan';
import { checkLinks } from './classroom/check-links';
import { teachersHtml, teachersText } from './classroom/for-teachers';
import { isDirectory, listFiles, rewriteExport } from './classroom/rewrite';
import { bundleShim } from './classroom/shim/bundle';
import { zipFolder } from './classroom/zip';

export interface ExportOptions {
  /** The base path to build under ('' for the root). */
  base: string;
  /** Where `momentum/` and `momentum.zip` go. */
  out: string;
  /** Run `next build` first (else reuse out/). */
  build: boolean;
  zip: boolean;
}

export function parseArgs(argv: readonly string[]): ExportOptions {
  const options: ExportOptions = { base: '', out: 'classroom', build: true, zip: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-build') options.build = false;
    else if (flag === '--no-zip') options.zip = false;
    else if (flag === '--base' || flag === '--out') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      if (flag === '--base')
        options.base = value.replace(/\/+$/, '') ? `/${value.replace(/^\/+|\/+$/g, '')}` : '';
      else options.out = value;
    } else
      throw new Error(
        `Unknown option ${flag} (options: --base /prefix, --out dir, --no-build, --no-zip)`,
      );
  }
  return options;
}

function otherBuildRunning(): boolean {
  try {
    const lines = execFileSync('pgrep', ['-f', 'next build'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    return lines.filter((pid) => pid && Number(pid) !== process.pid).length > 0;
  } catch {
    return false; // pgrep exits 1 when nothing matches (or is missing)
  }
}

async function waitForOtherBuilds() {
  const deadline = Date.now() + 10 * 60_000;
  let said = false;
  while (otherBuildRunning() && Date.now() < deadline) {
    if (!said)
      console.log('export-classroom: another `next build` is running; waiting for it to finish…');
    said = true;
    await new Promise((r) => setTimeout(r, 3000));
  }
}

/** Runs `next build`, with BASE_PATH when exporting for a prefix; out/ is kept as it was then. */
async function build(base: string): Promise<string> {
  await waitForOtherBuilds();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: base };
  // A prefixed build must not leave a prefixed out/ behind for the rest of the tooling.
  const keep = base && (await isDirectory('out')) ? `.out-before-classroom-${process.pid}` : null;
  if (keep) await rename('out', keep);
  try {
    console.log(`▶ next build${base ? ` (BASE_PATH=${base})` : ''}`);
    const result = spawnSync('npx', ['--no-install', 'next', 'build'], { stdio: 'inherit', env });
    if (result.status !== 0)
      throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
    if (!keep) return 'out';
    const built = `.out-classroom-${process.pid}`;
    await rename('out', built);
    return built;
  } finally {
    if (keep) {
      await rm('out', { recursive: true, force: true });
      await rename(keep, 'out');
    }
  }
}

export async function exportClassroom(options: ExportOptions) {
  const started = Date.now();
  const source = options.build ? await build(options.base) : 'out';
  if (!existsSync(path.join(source, 'index.html')))
    throw new Error(`${source}/index.html is missing: build first (or drop --no-build)`);
  const target = path.join(options.out, 'momentum');
  await rm(target, { recursive: true, force: true });
  await mkdir(options.out, { recursive: true });
  // Not the site's copy of the SCORM course package (export:scorm puts it there for the
  // builder): the classroom folder is what that package is made from.
  const sitePackageDir = path.resolve(source, path.dirname(SITE_COURSE_PACKAGE));
  await cp(source, target, {
    recursive: true,
    filter: (file) => path.resolve(file) !== sitePackageDir,
  });
  if (source !== 'out') await rm(source, { recursive: true, force: true });

  const counts = await rewriteExport(target, { base: options.base, shim: await bundleShim() });
  await writeFile(path.join(target, 'FOR-TEACHERS.html'), teachersHtml());
  await writeFile(path.join(target, 'FOR-TEACHERS.txt'), teachersText());

  const { checked, problems } = await checkLinks(target, { base: options.base });
  for (const p of problems.slice(0, 30)) console.error(`  ${p.file}: ${p.url} — ${p.reason}`);
  if (problems.length)
    throw new Error(
      `${problems.length} broken or non-portable links in ${target} (${checked} checked)`,
    );

  let zipped = 0;
  const zipFile = path.join(options.out, 'momentum.zip');
  // A zip from an earlier run would no longer match the folder: remove it either way.
  await rm(zipFile, { force: true });
  if (options.zip) {
    zipped = await zipFolder(target, await listFiles(target), zipFile);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Classroom kit: ${target}/ (${counts.html} pages, ${counts.files} files rewritten for file:// and any prefix; ${checked} links checked)` +
      (options.zip ? `, ${zipFile} (${zipped} files)` : '') +
      ` in ${seconds} s.\nOpen ${target}/index.html in a browser, or serve it: node scripts/serve.mjs --dir ${target} --host 0.0.0.0`,
  );
  return { target, zipFile: options.zip ? zipFile : null };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    await exportClassroom(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`export-classroom: ${(error as Error).message}`);
    process.exit(1);
  }
}
