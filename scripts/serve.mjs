#!/usr/bin/env node
// A small dependency-free static file server for the exported course (out/ or a classroom
// folder). Binds to 127.0.0.1 unless told otherwise, honours a base path, never reaches out.
//
//   node scripts/serve.mjs [--dir out] [--port 3000] [--host 127.0.0.1] [--base /prefix]
import { createServer } from 'node:http';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.zip': 'application/zip',
};

export function parseArgs(argv, env = process.env) {
  const options = {
    dir: 'out',
    port: Number(env.PORT ?? 3000),
    host: '127.0.0.1',
    base: (env.BASE_PATH ?? '').replace(/\/+$/, ''),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--dir') options.dir = value;
    else if (flag === '--port') options.port = Number(value);
    else if (flag === '--host') options.host = value;
    else if (flag === '--base') options.base = value.replace(/\/+$/, '');
    else throw new Error(`Unknown option ${flag}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0)
    throw new Error('--port must be a number');
  if (options.base && !options.base.startsWith('/')) options.base = `/${options.base}`;
  return options;
}

async function fileFor(root, urlPath) {
  // Resolve inside root only: `..` segments can never escape it.
  const safe = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.(\/|\\|$))+/, '');
  let file = path.join(root, safe);
  if (!file.startsWith(root)) return null;
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  } else if (!info) {
    // Next's export writes /lessons/x/index.html; also accept /lessons/x and /lessons/x.html.
    for (const candidate of [`${file}.html`, path.join(file, 'index.html')]) {
      info = await stat(candidate).catch(() => null);
      if (info?.isFile()) {
        file = candidate;
        break;
      }
    }
  }
  return info?.isFile() ? { file, size: info.size } : null;
}

export function startServer({ dir, port, host, base }) {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = url.pathname;
      if (base) {
        if (pathname === base) pathname = `${base}/`;
        if (!pathname.startsWith(`${base}/`)) return notFound(res, root);
        pathname = pathname.slice(base.length);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const found = await fileFor(root, pathname);
      const opened = found && (await openFile(found.file));
      if (!opened) return notFound(res, root);
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(found.file)] ?? 'application/octet-stream',
        'Content-Length': opened.size,
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        await opened.handle.close();
        res.end();
        return;
      }
      send(opened.handle, res);
    } catch {
      if (res.headersSent) res.destroy();
      else res.writeHead(400).end('Bad request');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Opens a file found by `fileFor` and takes its size from the open handle. A file deleted or
 * replaced after `fileFor` saw it (a rebuild running while the site is served) is then either
 * not found, or served whole from the handle: the size sent is always the size read.
 */
async function openFile(file) {
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isFile()) return { handle, size: info.size };
  } catch {
    // Gone between the look-up and the open: not found.
  }
  await handle?.close().catch(() => {});
  return null;
}

/**
 * Streams an open file into the response. `pipeline` handles an error on either side (a read
 * error, a client that hangs up) by destroying both streams and closing the file; an unhandled
 * stream error would stop the whole server.
 */
function send(handle, res) {
  pipeline(handle.createReadStream(), res, () => {
    // Nothing to report: the client got a short response, and the server goes on.
  });
}

async function notFound(res, root) {
  const found = await fileFor(root, '/404.html');
  const page = found && (await openFile(found.file));
  res.writeHead(404, { 'Content-Type': MIME['.html'] });
  if (page) send(page.handle, res);
  else res.end('Not found');
}

const isMain =
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const server = await startServer(options);
    const { port } = server.address();
    console.log(
      `Momentum course: http://${options.host}:${port}${options.base}/  (serving ${options.dir}; Ctrl+C stops)`,
    );
  } catch (error) {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  }
}
