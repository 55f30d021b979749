import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './buildPages.ts';

const execFileAsync = promisify(execFile);

/** The host the app and the baselines ask for tiles (their default tile URL); the bench maps it to 127.0.0.1. */
export const TILE_HOST = 'tile.openstreetmap.org';

export interface TileServer {
  port: number;
  /** How many tile requests it answered. */
  served: () => number;
  close: () => Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 that answers every request with the test fixture's tile, for a browser the bench
 * cannot intercept requests in (Lighthouse drives Chromium itself). Chromium reaches it through
 * `--host-resolver-rules=MAP tile.openstreetmap.org 127.0.0.1:<port>` and accepts its self-signed certificate
 * (made here with openssl, for this run only) through `--ignore-certificate-errors`. So the pages keep their real
 * tile URL, and Lighthouse sees tile requests to another origin, as a reader's browser does.
 */
export async function startTileServer(): Promise<TileServer> {
  const tile = await readFile(join(REPO_ROOT, 'tests/fixtures/tile.png'));
  const folder = await mkdtemp(join(tmpdir(), 'citemap-bench-tls-'));
  let server: Server;
  try {
    await execFileAsync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(folder, 'key.pem'),
      '-out',
      join(folder, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      `/CN=${TILE_HOST}`,
      '-addext',
      `subjectAltName=DNS:${TILE_HOST}`,
    ]);
    const [key, cert] = await Promise.all([readFile(join(folder, 'key.pem')), readFile(join(folder, 'cert.pem'))]);
    let served = 0;
    server = createServer({ key, cert }, (_request, response) => {
      served += 1;
      response.writeHead(200, {
        'content-type': 'image/png',
        'content-length': tile.length,
        'cache-control': 'no-store',
      });
      response.end(tile);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the tile server has no port');
    return {
      port: address.port,
      served: () => served,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  } finally {
    // The key is in memory once the server has it; nothing of it needs to stay on disk.
    await rm(folder, { recursive: true, force: true });
  }
}
