/** Everything `npm run bench` can be told, normalised once here. */
export interface BenchOptions {
  /** Page loads per target and scale; app and baseline alternate. */
  runs: number;
  /** Incident counts of the generated stories; empty for the real story only. */
  scales: number[];
  /** A page that has not drawn every incident by then is recorded as "did not finish within N s". */
  loadTimeoutS: number;
  /** The same for one interaction: a click's popup, a pan, a zoom. */
  actionTimeoutS: number;
  /** The whole run stops measuring after this, and reports what it has. */
  maxMinutes: number;
  /** "reduce" emulates prefers-reduced-motion, so pan, zoom and popup times are work, not animation. */
  motion: 'reduce' | 'no-preference';
  /** "served": tile requests get a local PNG; "down": they fail, and both pages fall back to the offline basemap. */
  tiles: 'served' | 'down';
  /**
   * Chromium's CPU slowdown (Emulation.setCPUThrottlingRate) for a second pass over the real story, standing for a
   * school laptop; 1 for none.
   */
  cpuThrottle: number;
  /** Also score the app and the plain Leaflet page with Lighthouse's mobile preset. */
  lighthouse: boolean;
  lighthouseRuns: number;
  /** Reuse the builds of the previous run (bench/results/build/). */
  skipBuild: boolean;
  portFrom: number;
  portTo: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  runs: 5,
  scales: [1000, 10_000, 100_000],
  loadTimeoutS: 60,
  actionTimeoutS: 30,
  maxMinutes: 45,
  motion: 'reduce',
  tiles: 'served',
  cpuThrottle: 4,
  lighthouse: false,
  lighthouseRuns: 3,
  skipBuild: false,
  portFrom: 4300,
  portTo: 4399,
};

export const USAGE = `Usage: npx tsx bench/run.ts [options]

  --runs N             page loads per target and scale (default ${DEFAULT_OPTIONS.runs})
  --scales A,B,C       generated story sizes (default ${DEFAULT_OPTIONS.scales.join(',')}; "none" for the real story only)
  --quick              smoke test: --runs 1 --scales 1000
  --load-timeout S     seconds a page may take to draw every incident (default ${DEFAULT_OPTIONS.loadTimeoutS})
  --action-timeout S   seconds a popup, pan or zoom may take (default ${DEFAULT_OPTIONS.actionTimeoutS})
  --max-minutes M      stop measuring after M minutes and report what was measured (default ${DEFAULT_OPTIONS.maxMinutes})
  --motion reduce|no-preference   emulated prefers-reduced-motion (default reduce)
  --tiles served|down  tiles answered with a local PNG, or failing (offline basemap) (default served)
  --cpu-throttle R     also load the real story with the CPU R times slower (default ${DEFAULT_OPTIONS.cpuThrottle}; "none" for no such pass)
  --lighthouse         also run Lighthouse (mobile preset) on the app and the plain Leaflet page (about 10 s a run)
  --lighthouse-runs N  Lighthouse runs per page, medians reported (default ${DEFAULT_OPTIONS.lighthouseRuns}; implies --lighthouse)
  --skip-build         reuse bench/results/build/ from the previous run
  --ports FROM-TO      where the local server may listen (default ${DEFAULT_OPTIONS.portFrom}-${DEFAULT_OPTIONS.portTo})
  --help`;

function positiveNumber(flag: string, text: string | undefined): number {
  const value = Number(text);
  if (text === undefined || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${flag} needs a positive number, got ${text ?? 'nothing'}`);
  }
  return value;
}

function positiveInteger(flag: string, text: string | undefined): number {
  const value = positiveNumber(flag, text);
  if (!Number.isInteger(value)) throw new Error(`${flag} needs a whole number, got ${text}`);
  return value;
}

/** Parses command-line arguments; throws with a message that names the flag at fault. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | 'help' {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, scales: [...DEFAULT_OPTIONS.scales] };
  const args = [...argv];
  while (args.length > 0) {
    const flag = args.shift() ?? '';
    const [name, inline] = flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = () => inline ?? args.shift();
    switch (name) {
      case '--help':
      case '-h':
        return 'help';
      case '--quick':
        options.runs = 1;
        options.scales = [1000];
        break;
      case '--runs':
        options.runs = positiveInteger('--runs', value());
        break;
      case '--scales': {
        const text = value() ?? '';
        options.scales =
          text === 'none' ? [] : text.split(',').map((part) => positiveInteger('--scales', part.replace(/_/g, '')));
        break;
      }
      case '--load-timeout':
        options.loadTimeoutS = positiveNumber('--load-timeout', value());
        break;
      case '--action-timeout':
        options.actionTimeoutS = positiveNumber('--action-timeout', value());
        break;
      case '--max-minutes':
        options.maxMinutes = positiveNumber('--max-minutes', value());
        break;
      case '--motion': {
        const motion = value();
        if (motion !== 'reduce' && motion !== 'no-preference') {
          throw new Error(`--motion is "reduce" or "no-preference", got ${motion ?? 'nothing'}`);
        }
        options.motion = motion;
        break;
      }
      case '--tiles': {
        const tiles = value();
        if (tiles !== 'served' && tiles !== 'down')
          throw new Error(`--tiles is "served" or "down", got ${tiles ?? 'nothing'}`);
        options.tiles = tiles;
        break;
      }
      case '--cpu-throttle': {
        const text = value();
        options.cpuThrottle = text === 'none' ? 1 : positiveNumber('--cpu-throttle', text);
        if (options.cpuThrottle < 1) throw new Error(`--cpu-throttle is a slowdown, 1 or more, got ${text}`);
        break;
      }
      case '--lighthouse':
        options.lighthouse = true;
        break;
      case '--lighthouse-runs':
        options.lighthouse = true;
        options.lighthouseRuns = positiveInteger('--lighthouse-runs', value());
        break;
      case '--skip-build':
        options.skipBuild = true;
        break;
      case '--ports': {
        const match = /^(\d+)-(\d+)$/.exec(value() ?? '');
        if (match === null) throw new Error('--ports needs FROM-TO, e.g. 4300-4399');
        options.portFrom = Number(match[1]);
        options.portTo = Number(match[2]);
        break;
      }
      default:
        throw new Error(`unknown option ${flag}\n\n${USAGE}`);
    }
  }
  return options;
}
