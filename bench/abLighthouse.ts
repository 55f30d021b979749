import { runLighthouse } from './lighthouse.ts';
import { LIGHTHOUSE_METRICS, summariseLighthouse } from './lighthouseSummary.ts';
import { startStaticServer, warmUp } from './staticServer.ts';

/**
 * Two or more builds of the app under Lighthouse's mobile preset, runs interleaved (a, b, a, b…) as
 * `abFirstMarks.ts` interleaves loads: Lighthouse's simulated 4× CPU rescales the tasks of one real load, so the
 * machine's load moves its score by several points from one run of `bench/run.ts` to the next.
 *
 *   CITEMAP_BASE=/a/ npx vite build --outDir /tmp/a     # before
 *   CITEMAP_BASE=/b/ npx vite build --outDir /tmp/b     # after
 *   npx tsx bench/abLighthouse.ts --runs 5 a=/tmp/a b=/tmp/b
 *
 * Each build is served under its own name, which must be the base it was built with.
 */
function parseArguments(argv: string[]): { runs: number; variants: { name: string; folder: string }[] } {
  let runs = 5;
  const variants: { name: string; folder: string }[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--runs') runs = Number(argv[++index]);
    else if (/^\w+=.+/.test(argument)) {
      const [name = '', folder = ''] = argument.split(/=(.*)/);
      variants.push({ name, folder });
    } else throw new Error(`unknown argument ${argument}: --runs N, name=folder…`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number');
  if (variants.length < 2) throw new Error('name two builds or more: a=/tmp/a b=/tmp/b');
  return { runs, variants };
}

const { runs, variants } = parseArguments(process.argv.slice(2));
const server = await startStaticServer({ from: 4380, to: 4399 });
try {
  for (const { name, folder } of variants) server.mount(`/${name}/`, folder);
  await warmUp(
    server,
    variants.map(({ name }) => `/${name}/`),
  );
  const measured = await runLighthouse(
    variants.map(({ name }) => ({ target: name, url: `${server.origin}/${name}/` })),
    runs,
    console.log,
  );
  console.log(`\nLighthouse ${measured.version}, mobile preset, medians of ${runs} runs each`);
  for (const { name } of variants) {
    const summary = summariseLighthouse(measured.runs, name);
    const figures = LIGHTHOUSE_METRICS.map(({ key, label, unit }) => {
      const value = summary.medians[key];
      const shown = value === null ? '—' : unit === 'ms' ? `${Math.round(value)} ms` : String(value);
      return `${label} ${shown}`;
    });
    console.log(`${name} (${summary.runs - summary.failed} of ${summary.runs} runs): ${figures.join(', ')}`);
  }
} finally {
  await server.close();
}
