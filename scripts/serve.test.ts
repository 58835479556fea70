import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** Starts `node scripts/serve.mjs` on a free port and resolves with its address once it listens. */
async function serve(
  dir: string,
): Promise<{ child: ChildProcess; base: string; stderr: () => string }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const base = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (d) => {
      stdout += d;
      const match = /http:\/\/[\d.]+:\d+/.exec(stdout);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${stderr}`)));
  });
  return { child, base, stderr: () => stderr };
}

let running: ChildProcess | undefined;
afterEach(() => {
  running?.kill();
  running = undefined;
});

describe('scripts/serve.mjs', () => {
  it('keeps serving while files are deleted and written again under it (a rebuild)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-'));
    const body = 'x'.repeat(64 * 1024);
    const names = Array.from({ length: 40 }, (_, i) => `page-${i}.html`);
    await Promise.all(names.map((name) => fs.writeFile(path.join(dir, name), body)));
    await fs.writeFile(path.join(dir, 'index.html'), 'home');
    const server = await serve(dir);
    running = server.child;

    // The "rebuild": every file is deleted and written again, over and over, while a client asks
    // for them. Requests may fail or find nothing; the server must not.
    let rebuilding = true;
    const rebuild = (async () => {
      while (rebuilding) {
        for (const name of names) {
          await fs.rm(path.join(dir, name), { force: true });
          await fs.writeFile(path.join(dir, name), body);
        }
      }
    })();
    const statuses: (number | 'failed')[] = [];
    for (let round = 0; round < 25; round++) {
      const batch = await Promise.all(
        names.map((name) =>
          fetch(`${server.base}/${name}`)
            .then(async (res) => (await res.arrayBuffer(), res.status))
            .catch(() => 'failed' as const),
        ),
      );
      statuses.push(...batch);
      expect(server.child.exitCode, server.stderr()).toBeNull();
    }
    rebuilding = false;
    await rebuild;

    expect(statuses.length).toBe(1000);
    expect(statuses.every((s) => s === 200 || s === 404 || s === 'failed')).toBe(true);
    const home = await fetch(`${server.base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toBe('home');
    expect(server.child.exitCode).toBeNull();
    expect(server.stderr()).not.toMatch(/Unhandled|ENOENT/);
    await fs.rm(dir, { recursive: true });
  }, 60_000);

  it('answers 404 with the 404 page, and keeps serving, when the 404 page itself disappears', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-'));
    await fs.writeFile(path.join(dir, 'index.html'), 'home');
    await fs.writeFile(path.join(dir, '404.html'), 'not here');
    const server = await serve(dir);
    running = server.child;
    const missing = await fetch(`${server.base}/nope/`);
    expect([missing.status, await missing.text()]).toEqual([404, 'not here']);
    await fs.rm(path.join(dir, '404.html'));
    const bare = await fetch(`${server.base}/nope/`);
    expect([bare.status, await bare.text()]).toEqual([404, 'Not found']);
    expect((await fetch(`${server.base}/`)).status).toBe(200);
    await fs.rm(dir, { recursive: true });
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-'));
    await fs.writeFile(path.join(dir, 'index.html'), 'home');
    const server = await serve(dir);
    running = server.child;
    const head = await fetch(`${server.base}/`, {
      method: 'HEAD',
      signal: AbortSignal.timeout(5_000),
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('4');
    expect(await head.text()).toBe('');
    await fs.rm(dir, { recursive: true });
  });
});
