import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { STORY_DATA_PATH } from './buildPages.ts';
import { measureSession } from './measureSession.ts';
import { startStaticServer } from './staticServer.ts';
import { formatMs, median } from './stats.ts';

/**
 * Two or more builds of the app, side by side: the time to first marks of each, loads interleaved (a, b, a, b…) so
 * that the machine's load falls on every build alike. For a change too small for `bench/run.ts`, whose separate runs
 * vary by more than it moves them.
 *
 *   CITEMAP_BASE=/a/ npx vite build --outDir /tmp/a     # before
 *   CITEMAP_BASE=/b/ npx vite build --outDir /tmp/b     # after
 *   npx tsx bench/abFirstMarks.ts --runs 10 --rates 1,4 a=/tmp/a b=/tmp/b
 *
 * With `--interactions`, each load goes on to click a marker, pan and zoom, timed as `bench/run.ts` times them.
 *
 * Each build is served under its own name, which must be the base it was built with.
 */
interface Variant {
  name: string;
  folder: string;
}

function parseArguments(argv: string[]): {
  runs: number;
  rates: number[];
  variants: Variant[];
  interactions: boolean;
} {
  let runs = 8;
  let rates = [1, 4];
  let interactions = false;
  const variants: Variant[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--runs') runs = Number(argv[++index]);
    else if (argument === '--rates') rates = (argv[++index] ?? '').split(',').map(Number);
    else if (argument === '--interactions') interactions = true;
    else if (/^[a-z0-9-]+=.+/i.test(argument)) {
      const [name = '', folder = ''] = argument.split(/=(.*)/s);
      variants.push({ name, folder });
    } else throw new Error(`unknown argument ${argument}: --runs N, --rates 1,4, --interactions, name=folder…`);
  }
  if (variants.length < 2) throw new Error('name two builds or more: a=/tmp/a b=/tmp/b');
  if (!Number.isInteger(runs) || runs < 1 || rates.some((rate) => !(rate >= 1))) {
    throw new Error('--runs takes a whole number, --rates CPU slowdowns of 1 or more');
  }
  return { runs, rates, variants, interactions };
}

async function placedIncidents(folder: string): Promise<number> {
  const story = JSON.parse(await readFile(join(folder, STORY_DATA_PATH, 'story.json'), 'utf8')) as {
    incidents: { features: { geometry: unknown }[] };
  };
  return story.incidents.features.filter((incident) => incident.geometry !== null).length;
}

const { runs, rates, variants, interactions } = parseArguments(process.argv.slice(2));
const server = await startStaticServer({ from: 4380, to: 4399 });
const expected = new Map<string, number>();
for (const { name, folder } of variants) {
  server.mount(`/${name}/`, folder);
  expected.set(name, await placedIncidents(folder));
}
let browser = await launchChromium();
const drawn = new Map<string, number[]>();
/** With --interactions: after each load, the session's click to popup, pan and zoom, as `bench/run.ts` times them. */
const INTERACTIONS = ['popupMs', 'panMs', 'zoomMs'] as const;
const interactionTimes = new Map<string, number[]>();
try {
  for (let run = 0; run < runs; run += 1) {
    for (const rate of rates) {
      for (const { name } of variants) {
        const { result, browserHealthy } = await measureSession(
          browser,
          {
            target: name,
            url: `${server.origin}/${name}/`,
            expectedIcons: expected.get(name) ?? null,
            loadOnly: !interactions,
            cpuThrottle: rate,
          },
          { motion: 'reduce', tiles: 'served', loadTimeoutS: 60, actionTimeoutS: 20 },
        );
        if (!browserHealthy) {
          await browser.close().catch(() => undefined);
          browser = await launchChromium();
        }
        const key = `${name} at ${rate}×`;
        if (result.drawnMs.status === 'ok') drawn.set(key, [...(drawn.get(key) ?? []), result.drawnMs.value]);
        else console.log(`${key}: not measured (${JSON.stringify(result.drawnMs)})`);
        for (const figure of interactions ? INTERACTIONS : []) {
          const outcome = result[figure];
          const figureKey = `${key}, ${figure}`;
          if (outcome.status === 'ok') {
            interactionTimes.set(figureKey, [...(interactionTimes.get(figureKey) ?? []), outcome.value]);
          } else console.log(`${figureKey}: not measured (${JSON.stringify(outcome)})`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [key, times] of [...drawn, ...[...interactionTimes].sort(([a], [b]) => a.localeCompare(b))]) {
  console.log(`${key}: median ${formatMs(median(times))} (${times.map((time) => time.toFixed(0)).join(', ')})`);
}
