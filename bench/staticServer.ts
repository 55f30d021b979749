import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * The bytes the bench server sends for a compressible file: gzip at level 6 (zlib's default). The byte budget
 * (`firstLoad.ts`) counts with this same function, so the bench's transfer sizes and the budget's figure agree.
 */
export function compressForTransfer(plain: Buffer): Promise<Buffer> {
  return gzipAsync(plain, { level: 6 });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text compresses; images and fonts are sent as they are, as a static host would. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.map', '.svg', '.txt']);

export interface StaticServer {
  origin: string;
  /** Serve `folder` under `urlPrefix` ("/app/"); mounting the same prefix again replaces the folder. */
  mount: (urlPrefix: string, folder: string) => void;
  close: () => Promise<void>;
}

interface CachedBody {
  plain: Buffer;
  gzip: Buffer | null;
}

/**
 * A static file server for the bench, on 127.0.0.1 only: gzip (level 6, as most hosts use) when the browser accepts
 * it, so the sizes the browser reports are transfer sizes; compressed bodies are cached, so a 100 MB story is
 * compressed once, not on every load.
 */
export async function startStaticServer(ports: { from: number; to: number }): Promise<StaticServer> {
  const mounts = new Map<string, string>();
  const cache = new Map<string, { mtimeMs: number; body: Promise<CachedBody> }>();

  function resolveFile(pathname: string): string | null {
    const prefixes = [...mounts.keys()].sort((a, b) => b.length - a.length);
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    if (prefix === undefined) return null;
    const folder = mounts.get(prefix) ?? '';
    const relative = pathname.slice(prefix.length) || 'index.html';
    const file = normalize(join(folder, relative.endsWith('/') ? `${relative}index.html` : relative));
    return file.startsWith(normalize(folder) + sep) ? file : null;
  }

  /** One compression per file version, shared by requests that arrive while it runs. */
  async function body(file: string): Promise<CachedBody> {
    const { mtimeMs } = await stat(file);
    const cached = cache.get(file);
    if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.body;
    const fresh = readFile(file).then(async (plain) => ({
      plain,
      gzip: COMPRESSIBLE.has(extname(file)) ? await compressForTransfer(plain) : null,
    }));
    cache.set(file, { mtimeMs, body: fresh });
    fresh.catch(() => cache.delete(file));
    return fresh;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolveFile(pathname);
    const found = file === null ? null : await body(file).catch(() => null);
    if (file === null || found === null) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sendGzip = acceptsGzip && found.gzip !== null;
    const payload = sendGzip && found.gzip !== null ? found.gzip : found.plain;
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(payload.length),
      'cache-control': 'no-store',
      ...(sendGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  // Long enough that a socket is not closed under a client that is about to reuse it (the 5 s default can be, while
  // the process is busy generating a 100 MB story).
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 120_000;
  server.requestTimeout = 0;
  const port = await listenOnFirstFreePort(server, ports.from, ports.to);
  return {
    origin: `http://127.0.0.1:${port}`,
    mount(urlPrefix, folder) {
      mounts.set(urlPrefix, folder);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function listenOnFirstFreePort(server: Server, from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port += 1) {
    const listening = await new Promise<boolean>((resolve) => {
      const onError = () => resolve(false);
      server.once('error', onError);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (listening) return port;
  }
  throw new Error(`no free port between ${from} and ${to} on 127.0.0.1`);
}

/** Compress what a folder will serve ahead of the timed loads, so no load pays for the first compression. */
export async function warmUp(server: StaticServer, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response = await fetch(`${server.origin}${path}`, { headers: { 'accept-encoding': 'gzip' } });
        await response.arrayBuffer();
        break;
      } catch (error) {
        if (attempt < 3) continue;
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        throw new Error(`warming up ${path} failed${cause}`, { cause: error });
      }
    }
  }
}
