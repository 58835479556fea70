// Link checker for an exported course folder: every internal href/src/action in the HTML, every
// chunk path in the pages' inline flight data, and every url(…) in the CSS (KaTeX's fonts) must
// resolve to a file that exists. In a classroom folder (the default) links must also be
// relative and must not end in a folder (over file:// a folder opens as a listing).
//
//   npx tsx scripts/classroom/check-links.ts [--dir classroom/momentum] [--base /prefix] [--site]
//     --site   check a plain `next build` export (out/): site-absolute links are fine there
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flightEdits, flightPayload } from './flight';
import { listFiles } from './rewrite';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** One link that does not work. */
export interface LinkProblem {
  readonly file: string;
  readonly url: string;
  readonly reason: string;
}

function stripQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/**
 * Checks one folder. Returns { checked, problems: [{ file, url, reason }] }.
 * `base`: the prefix an absolute link must carry (an export built with --base).
 * `classroom`: absolute links and links to folders are problems (they fail over file://).
 */
export async function checkLinks(
  root: string,
  { base = '', classroom = true }: { base?: string; classroom?: boolean } = {},
): Promise<{ checked: number; problems: LinkProblem[] }> {
  const list = await listFiles(root);
  const files = new Set(list);
  const problems: LinkProblem[] = [];
  let checked = 0;
  const exists = async (rel: string) => files.has(rel) || (await stat(path.join(root, rel)).catch(() => null))?.isFile() === true;

  async function check(fileRel: string, url: string, kind: string) {
    if (!url || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return;
    checked++;
    const dir = path.posix.dirname(fileRel);
    let pathname = stripQuery(url);
    let target: string;
    if (pathname.startsWith('/')) {
      if (classroom) problems.push({ file: fileRel, url, reason: 'absolute link (fails over file:// and under another prefix)' });
      if (base) {
        if (pathname !== base && !pathname.startsWith(`${base}/`)) {
          problems.push({ file: fileRel, url, reason: `absolute link outside the base path ${base}` });
          return;
        }
        pathname = pathname.slice(base.length) || '/';
      }
      target = path.posix.normalize(pathname.slice(1) || '.');
    } else {
      target = path.posix.normalize(path.posix.join(dir, pathname));
    }
    if (target.startsWith('..')) {
      problems.push({ file: fileRel, url, reason: 'points outside the folder' });
      return;
    }
    if (pathname.endsWith('/') || pathname === '' || target === '.') {
      if (classroom && kind === 'href') problems.push({ file: fileRel, url, reason: 'links to a folder (file:// shows a listing): needs index.html' });
      target = target === '.' ? 'index.html' : `${target.replace(/\/$/, '')}/index.html`;
    }
    let decoded = target;
    try {
      decoded = decodeURIComponent(target);
    } catch {
      // keep as is
    }
    if (!(await exists(decoded))) problems.push({ file: fileRel, url, reason: `missing file ${decoded}` });
  }

  for (const fileRel of list) {
    if (fileRel.endsWith('.html')) {
      const html = await readFile(path.join(root, fileRel), 'utf8');
      for (const m of html.matchAll(/\s(href|src|action|poster)="([^"]*)"/g)) await check(fileRel, m[2].replace(/&amp;/g, '&'), m[1]);
      // Chunk and stylesheet paths in Next's inline flight data.
      const chunks: string[] = [];
      flightEdits(flightPayload(html), (value) => {
        if (value.includes('_next/static/')) chunks.push(value);
        return null;
      });
      for (const chunk of chunks) await check(fileRel, chunk, 'src');
    } else if (fileRel.endsWith('.css')) {
      const css = await readFile(path.join(root, fileRel), 'utf8');
      for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) await check(fileRel, m[2], 'src');
    }
  }
  return { checked, problems };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  let dir = 'classroom/momentum';
  let base = '';
  let classroom = true;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i] === '--base') base = `/${argv[++i].replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
    else if (argv[i] === '--site') classroom = false;
    else {
      console.error(`check-links: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  const { checked, problems } = await checkLinks(path.resolve(dir), { base, classroom });
  for (const p of problems.slice(0, 50)) console.log(`${p.file}: ${p.url} — ${p.reason}`);
  if (problems.length > 50) console.log(`… and ${problems.length - 50} more`);
  console.log(`check-links: ${checked} links checked in ${dir}, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length ? 1 : 0);
}
