import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestProblems, parseXml } from './check-manifest';
import { manifestXml, SCHEMA_FILES } from '../../lib/scorm/manifest';
import { scormPackageEntries } from './package';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'scorm-course-'));
  await mkdir(path.join(folder, '_next/static/chunks'), { recursive: true });
  await mkdir(path.join(folder, 'lessons/a b [x]'), { recursive: true });
  await writeFile(path.join(folder, 'index.html'), '<!doctype html><title>course</title>');
  await writeFile(path.join(folder, '_next/static/chunks/app&1.js'), 'console.log(1)');
  await writeFile(path.join(folder, 'lessons/a b [x]/index.html'), '<p>lesson</p>');
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const config = {
  title: 'Momentum <& friends>',
  start: 'index.html',
  masteryScore: 80,
  exercises: [{ id: 'n1', kind: 'numeric' as const }],
};

describe('the SCORM 1.2 manifest', () => {
  it('is well-formed, states SCORM 1.2, one organization, item and SCO, the mastery score, and lists every file', async () => {
    const entries = await scormPackageEntries(
      folder,
      { config, identifier: 'momentum-test' },
      'window.runtime = 1;',
    );
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'imsmanifest.xml',
        'index.html',
        'scorm-runtime.js',
        ...SCHEMA_FILES,
        'course/index.html',
        'course/lessons/a b [x]/index.html',
        'course/_next/static/chunks/app&1.js',
      ]),
    );
    const xml = new TextDecoder().decode(entries.find((e) => e.name === 'imsmanifest.xml')?.data);
    expect(manifestProblems(xml, names)).toEqual([]);
    const manifest = parseXml(xml).children[0];
    expect(manifest.name).toBe('manifest');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml).toContain('href="course/lessons/a%20b%20%5Bx%5D/index.html"');
    expect(xml).toContain('<title>Momentum &lt;&amp; friends&gt;</title>');
  });

  it('the launch page carries the settings and opens the course under course/', async () => {
    const entries = await scormPackageEntries(folder, { config, identifier: 'm' }, '');
    const html = new TextDecoder().decode(entries.find((e) => e.name === 'index.html')?.data);
    const json =
      /<script type="application\/json" id="momentum-scorm-config">(.*?)<\/script>/s.exec(
        html,
      )?.[1];
    expect(JSON.parse(json ?? 'null')).toMatchObject({
      start: 'course/index.html',
      masteryScore: 80,
    });
    expect(json).not.toContain('<');
  });

  const files = ['index.html', 'a.js', ...SCHEMA_FILES, 'imsmanifest.xml'];
  const good = (list = ['index.html', 'a.js']) =>
    manifestXml({
      identifier: 'm',
      title: 'T',
      launch: 'index.html',
      masteryScore: 70,
      files: list,
    });

  it('the check finds a listed file that is missing and a file that is not listed', () => {
    expect(manifestProblems(good(), files)).toEqual([]);
    expect(manifestProblems(good(['index.html', 'a.js', 'gone.css']), files)).toEqual([
      'lists gone.css, which is not in the package',
    ]);
    expect(manifestProblems(good(['index.html']), files)).toEqual(['a.js is not listed']);
  });

  it('the check finds XML that is not well-formed, a missing mastery score, a second organization', () => {
    expect(manifestProblems(good().replace('</metadata>', ''), files)[0]).toMatch(
      /^not well-formed XML/,
    );
    const noMastery = manifestXml({
      identifier: 'm',
      title: 'T',
      launch: 'index.html',
      masteryScore: null,
      files: ['index.html', 'a.js'],
    });
    expect(manifestProblems(noMastery, files)).toEqual([
      'the item states no mastery score (adlcp:masteryscore, 0–100)',
    ]);
    const twoOrgs = good().replace(/(<organization [\s\S]*<\/organization>)/, '$1$1');
    expect(manifestProblems(twoOrgs, files)).toContain('2 organizations (expected 1)');
    expect(
      manifestProblems(good().replace('<schemaversion>1.2', '<schemaversion>2004'), files),
    ).toContain('<metadata><schemaversion> is not 1.2');
    expect(manifestProblems(good(), ['index.html', 'a.js'])).toContain(
      'the schema file imscp_rootv1p1p2.xsd is missing',
    );
  });
});
