#!/usr/bin/env node
// The one test command (`npm test`): type-check and lint, unit tests (Vitest), build the static
// site, end-to-end tests (Playwright against the built site served locally), then one closing
// line `N passed, N failed` totalling the unit and end-to-end tests.
//
//   npm test                   everything
//   npm test -- --skip-build   reuse an existing out/ (handy while writing e2e tests)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const args = new Set(process.argv.slice(2));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const problems = [];

function run(label, command, commandArgs, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  if (result.status !== 0)
    problems.push(`${label} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });
rmSync('test-results/playwright-classroom.json', { force: true });
rmSync('classroom/sub', { recursive: true, force: true }); // no stale --base export
// No stale SCORM packages.
rmSync('classroom/momentum-scorm12.zip', { force: true });
rmSync('classroom/momentum-gradient-descent-basics-scorm12.zip', { force: true });

if (run('typecheck', 'npx', ['--no-install', 'next', 'typegen'])) {
  run('typecheck', 'npx', ['--no-install', 'tsc', '--noEmit']);
  // lib/ again without the DOM library: it must run in plain Node (the grade CLI).
  run('typecheck lib/', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'lib/tsconfig.json']);
}
run('lint', 'npx', ['--no-install', 'eslint', '.']);
run('format', 'npx', ['--no-install', 'prettier', '--check', '.']);

run('unit tests', 'npx', [
  '--no-install',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);

let built = args.has('--skip-build') && existsSync('out/index.html');
if (!built) built = run('build', 'npx', ['--no-install', 'next', 'build']);
if (built) {
  run('end-to-end tests', 'npx', ['--no-install', 'playwright', 'test']);
  // The classroom kit: the same build rewritten for file:// and any prefix (~3 s), plus an export
  // built with a base path (one more `next build`), then its own Playwright projects.
  const exportKit = (label, extra) =>
    run(label, 'npx', ['--no-install', 'tsx', 'scripts/export-classroom.ts', ...extra]);
  if (exportKit('classroom export', ['--no-build'])) {
    exportKit('classroom export (base path)', [
      '--base',
      '/sub/path',
      '--out',
      'classroom/sub',
      '--no-zip',
    ]);
    // The SCORM 1.2 package from that same classroom folder (no second build), tested in
    // scorm-again's run-time by the classroom config's scorm-lms project.
    run('SCORM export', 'npx', ['--no-install', 'tsx', 'scripts/export-scorm.ts']);
    run('SCORM export (one assignment)', 'npx', [
      '--no-install',
      'tsx',
      'scripts/export-scorm.ts',
      '--assignment',
      'content/assignments/gradient-descent-basics.json',
    ]);
    run('classroom end-to-end tests', 'npx', [
      '--no-install',
      'playwright',
      'test',
      '-c',
      'playwright.classroom.config.ts',
    ]);
  }
} else {
  problems.push('end-to-end tests not run: the site did not build');
}

const unit = readJson('test-results/vitest.json');
const e2e = readJson('test-results/playwright.json');
const classroom = readJson('test-results/playwright-classroom.json');
const e2ePassed = (report) => (report?.stats ? report.stats.expected + report.stats.flaky : 0);
const e2eFailed = (report) => report?.stats?.unexpected ?? 0;
const passed = (unit?.numPassedTests ?? 0) + e2ePassed(e2e) + e2ePassed(classroom);
const failed = (unit?.numFailedTests ?? 0) + e2eFailed(e2e) + e2eFailed(classroom);
if (!unit) problems.push('no unit-test report was written');
if (!e2e) problems.push('no end-to-end report was written');
if (built && !classroom) problems.push('no classroom end-to-end report was written');

console.log('');
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
