import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BBox, LineString, MultiLineString, Point } from 'geojson';
import type { DataProblem } from '../../src/model/describeIssues.ts';
import type { BoundingBox } from '../../src/model/geojson.ts';
import { BasemapSchema } from '../../src/model/region.ts';
import { STORY_SCHEMA_VERSION, StorySchema } from '../../src/model/story.ts';
import { checkStoryHonesty } from '../../src/data/load/checkStoryHonesty.ts';
import { checkStoryReferences } from '../../src/data/load/checkStoryReferences.ts';
import { describeRecordIssues } from '../../src/data/load/describeRecordIssues.ts';
import { rewindToRfc7946 } from '../geometry/rewindToRfc7946.ts';
import { roundCoordinates } from '../geometry/roundCoordinates.ts';
import { sharedBorderLine } from '../geometry/sharedBorderLine.ts';
import { buildBasemap } from './buildBasemap.ts';
import { buildRegions } from './buildRegions.ts';
import { computeIncidentContext } from './computeIncidentContext.ts';
import { countryFeatures } from './countryFeatures.ts';
import { DataProblemsError } from './dataProblemsError.ts';
import { formatJson } from './formatJson.ts';
import { wordChecksForReaders } from '../../src/data/load/readerMessages.ts';
import { loadWorldAtlas, type WorldAtlas } from './loadWorldAtlas.ts';
import { readStoryInputs, type StoryInputs } from './readStoryInputs.ts';
import { englishChecksI18n } from '../../src/i18n/englishChecks.ts';

// The author of a story reads the build's problems as a reader reads a file's: in words, not a validator's shorthand.
wordChecksForReaders(englishChecksI18n);

/** About 1 m: a marker's place is data. */
const POINT_DECIMALS = 5;
/** About 11 m: finer than Natural Earth's 1:10m detail, so nothing visible is lost. */
const SHAPE_DECIMALS = 4;
/** How far the basemap reaches beyond the story's default view, so panning and wide screens show land, not void. */
const BASEMAP_MARGIN_DEG = 10;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const STORIES_FOLDER = 'geo/stories';

/** A file the build writes, with its path relative to the repository. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** Problems in the built story are problems in the authored file its first path segment comes from. */
function authoredOrigin(inputs: StoryInputs, problem: DataProblem): DataProblem {
  const file = problem.path.startsWith('incidents')
    ? 'incidents.geojson'
    : problem.path.startsWith('tour')
      ? 'tour.json'
      : problem.path.startsWith('article')
        ? 'source/article.txt'
        : 'story.meta.json';
  return { ...problem, origin: `${inputs.folder}/${file} (as built into the story)` };
}

function expandBox([west, south, east, north]: BoundingBox, marginDeg: number): BBox {
  return [
    Math.max(-180, west - marginDeg),
    Math.max(-90, south - marginDeg),
    Math.min(180, east + marginDeg),
    Math.min(90, north + marginDeg),
  ];
}

/** The border line two countries share, rounded as it will be published; a problem when they share none. */
function borderLineOf(
  border: NonNullable<StoryInputs['meta']['border']>,
  folder: string,
  atlas: WorldAtlas,
): LineString | MultiLineString {
  const [firstId, secondId] = border.countryIds;
  const line = sharedBorderLine(atlas.countries10m, firstId, secondId);
  if (line === null) {
    throw new DataProblemsError([
      {
        origin: `${folder}/story.meta.json`,
        path: 'border.countryIds',
        message: `countries "${firstId}" and "${secondId}" share no border in world-atlas`,
      },
    ]);
  }
  return roundCoordinates(line, { decimals: SHAPE_DECIMALS });
}

/** Builds one story's files from its validated inputs; throws a DataProblemsError when the result is not sound. */
export function buildStory(inputs: StoryInputs, atlas: WorldAtlas): GeneratedFile[] {
  const { meta } = inputs;
  const border = meta.border === undefined ? null : borderLineOf(meta.border, inputs.folder, atlas);
  const provinces = {
    ...inputs.provinces,
    features: inputs.provinces.features.map((province) => ({
      ...province,
      geometry: rewindToRfc7946(roundCoordinates(province.geometry, { decimals: SHAPE_DECIMALS })),
    })),
  };
  const layers = {
    countries: countryFeatures(atlas.countries10m),
    provinces: provinces.features,
    border: border === null || meta.border === undefined ? null : { line: border, name: meta.border.name },
  };
  const incidents = inputs.incidents.map((incident) => {
    const geometry: Point | null =
      incident.geometry === null ? null : roundCoordinates(incident.geometry, { decimals: POINT_DECIMALS });
    return {
      ...incident,
      geometry,
      properties: { ...incident.properties, context: computeIncidentContext(geometry, layers) },
    };
  });
  const regions = buildRegions({ meta, border, provinces, atlas, shapeDecimals: SHAPE_DECIMALS });

  const storyDraft = {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: meta.id,
    title: meta.title,
    summary: meta.summary,
    defaultBounds: meta.defaultBounds,
    article: inputs.article,
    incidents: { type: 'FeatureCollection', features: incidents },
    regions: { type: 'FeatureCollection', features: regions },
    tour: inputs.tour,
    credits: meta.credits,
    ...(meta.translations === undefined ? {} : { translations: meta.translations }),
  };
  const outputFolder = `public/data/${meta.id}`;
  const story = StorySchema.safeParse(storyDraft);
  if (!story.success) {
    throw new DataProblemsError(
      describeRecordIssues(`${outputFolder}/story.json (as built)`, story.error.issues, storyDraft),
    );
  }
  const referenceProblems = [
    ...checkStoryReferences(story.data, 'story', englishChecksI18n),
    ...checkStoryHonesty(story.data, 'story', englishChecksI18n),
  ].map((problem) => authoredOrigin(inputs, problem));
  if (referenceProblems.length > 0) throw new DataProblemsError(referenceProblems);

  const basemapBox = expandBox(meta.defaultBounds, BASEMAP_MARGIN_DEG);
  const basemapDraft = {
    type: 'FeatureCollection',
    bbox: basemapBox,
    features: buildBasemap(countryFeatures(atlas.countries50m), basemapBox, { decimals: SHAPE_DECIMALS }),
  };
  const basemap = BasemapSchema.safeParse(basemapDraft);
  if (!basemap.success) {
    throw new DataProblemsError(
      describeRecordIssues(`${outputFolder}/basemap.geojson (as built)`, basemap.error.issues, basemapDraft),
    );
  }

  return [
    { path: `${outputFolder}/story.json`, contents: formatJson(story.data) },
    { path: `${outputFolder}/incidents.geojson`, contents: formatJson(story.data.incidents) },
    { path: `${outputFolder}/regions.geojson`, contents: formatJson(story.data.regions) },
    { path: `${outputFolder}/basemap.geojson`, contents: formatJson(basemap.data) },
  ];
}

/** Every story under geo/stories/, built in memory. Problems from all stories are reported together. */
export function buildAllStories(repoRoot: string = REPO_ROOT): GeneratedFile[] {
  const atlas = loadWorldAtlas();
  const folders = readdirSync(join(repoRoot, STORIES_FOLDER), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${STORIES_FOLDER}/${entry.name}`)
    .sort();
  const files: GeneratedFile[] = [];
  const problems: DataProblem[] = [];
  for (const folder of folders) {
    try {
      files.push(...buildStory(readStoryInputs(repoRoot, folder), atlas));
    } catch (error) {
      if (!(error instanceof DataProblemsError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new DataProblemsError(problems);
  return files;
}

/** The generated files that are missing or differ from what the build makes now. */
export function findStaleFiles(files: readonly GeneratedFile[], repoRoot: string = REPO_ROOT): string[] {
  return files
    .filter((file) => {
      const path = join(repoRoot, file.path);
      return !existsSync(path) || readFileSync(path, 'utf8') !== file.contents;
    })
    .map((file) => (existsSync(join(repoRoot, file.path)) ? `${file.path} differs` : `${file.path} is missing`));
}

function main(args: readonly string[]): number {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: tsx geo/pipeline/buildStory.ts [--check]`);
    return 2;
  }
  let files: GeneratedFile[];
  try {
    files = buildAllStories();
  } catch (error) {
    if (!(error instanceof DataProblemsError)) throw error;
    console.error(`The story data has ${error.problems.length} problem(s):\n${error.message}`);
    return 1;
  }
  if (args.includes('--check')) {
    const stale = findStaleFiles(files);
    if (stale.length === 0) {
      console.log(`All ${files.length} generated files are up to date.`);
      return 0;
    }
    console.error(`Generated files are stale; run npm run geo:build.\n${stale.map((line) => `  ${line}`).join('\n')}`);
    return 1;
  }
  for (const file of files) {
    const path = join(REPO_ROOT, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    console.log(`wrote ${file.path} (${Buffer.byteLength(file.contents)} bytes)`);
  }
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  process.exitCode = main(process.argv.slice(2));
}
