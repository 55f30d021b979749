import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { measureFirstLoad, type FirstLoad } from './firstLoad.ts';
import { formatBytes } from './stats.ts';

const execFileAsync = promisify(execFile);

const REPO_ROOT = new URL('..', import.meta.url).pathname;
export const BYTE_BUDGET_FILE = join(REPO_ROOT, 'bench', 'byteBudget.json');

export interface ByteBudget {
  /** The most the first load's JS + CSS may weigh, gzip, in bytes. */
  firstLoadGzipBytes: number;
  why: string;
}

export async function readByteBudget(): Promise<ByteBudget> {
  const parsed: unknown = JSON.parse(await readFile(BYTE_BUDGET_FILE, 'utf8'));
  const budget = parsed as Partial<ByteBudget> | null;
  if (
    typeof budget?.firstLoadGzipBytes !== 'number' ||
    !Number.isInteger(budget.firstLoadGzipBytes) ||
    budget.firstLoadGzipBytes <= 0
  ) {
    throw new Error(`${BYTE_BUDGET_FILE}: firstLoadGzipBytes must be a positive whole number of bytes`);
  }
  return { firstLoadGzipBytes: budget.firstLoadGzipBytes, why: String(budget.why ?? '') };
}

/**
 * `vite build` as `npm run build` runs it, in a child process: inside a test runner NODE_ENV is "test", which would
 * give React's development build, and a shell's CITEMAP_BASE or VITE_TILE_URL would change what is measured. The
 * child gets none of them, so the figure is that of a plain `npm run build` wherever it runs.
 */
export async function buildAppInto(outDir: string): Promise<void> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        name !== 'NODE_ENV' && name !== 'CITEMAP_BASE' && !name.startsWith('VITE_') && !name.startsWith('VITEST'),
    ),
  );
  await execFileAsync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: REPO_ROOT, env, maxBuffer: 16 * 1024 * 1024 },
  );
}

/** Builds the app into a temporary folder, measures its first load, and removes the folder. */
export async function measureAppFirstLoad(): Promise<FirstLoad> {
  const outDir = await mkdtemp(join(tmpdir(), 'citemap-byte-budget-'));
  try {
    await buildAppInto(outDir);
    return await measureFirstLoad(outDir, '/');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export function describeFirstLoad(firstLoad: FirstLoad, budget: ByteBudget): string[] {
  const total = firstLoad.totalGzipBytes;
  const room = budget.firstLoadGzipBytes - total;
  return [
    `first load JS + CSS (gzip): ${total} bytes (${formatBytes(total)}); budget ${budget.firstLoadGzipBytes} bytes (${formatBytes(budget.firstLoadGzipBytes)}); ${
      room >= 0 ? `${room} bytes to spare` : `${-room} bytes over`
    }`,
    ...firstLoad.files.map(
      (file) =>
        `  ${file.kind.padEnd(3)} ${String(file.gzipBytes).padStart(7)} gzip  ${String(file.rawBytes).padStart(8)} raw  ${file.href}`,
    ),
  ];
}

// `npx tsx bench/byteBudget.ts`: the figure without the test runner, e.g. before raising the budget on purpose.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [firstLoad, budget] = await Promise.all([measureAppFirstLoad(), readByteBudget()]);
  console.log(describeFirstLoad(firstLoad, budget).join('\n'));
  process.exitCode = firstLoad.totalGzipBytes > budget.firstLoadGzipBytes ? 1 : 0;
}
