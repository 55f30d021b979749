import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ArticleSchema, type Article } from '../../src/model/article.ts';
import type { DataProblem } from '../../src/model/describeIssues.ts';
import { AuthoredIncidentCollectionSchema, type AuthoredIncident } from '../../src/model/incident.ts';
import { TourSchema, type Tour } from '../../src/model/tour.ts';
import type { z } from '../../src/model/zod.ts';
import { describeRecordIssues } from '../../src/data/load/describeRecordIssues.ts';
import { ArticleMetaSchema } from '../../src/model/articleMeta.ts';
import { DataProblemsError } from './dataProblemsError.ts';
import { parseArticle } from '../../src/data/article/parseArticle.ts';
import { ProvinceCollectionSchema, type ProvinceCollection } from './provinceCollectionSchema.ts';
import { StoryMetaSchema, type StoryMeta } from './storyMetaSchema.ts';

/** Everything authored for one story, read and validated. */
export interface StoryInputs {
  /** The story folder relative to the repository, e.g. "geo/stories/iran-pakistan-2024". */
  folder: string;
  meta: StoryMeta;
  article: Article;
  incidents: AuthoredIncident[];
  provinces: ProvinceCollection;
  tour: Tour | null;
}

/**
 * Reads a story folder's authored files and validates each with its schema. Collects every problem, naming the file,
 * the record and the field, and throws them together, so one run shows all that needs fixing.
 */
export function readStoryInputs(repoRoot: string, folder: string): StoryInputs {
  const problems: DataProblem[] = [];

  function readText(name: string, required: boolean): string | null {
    const path = join(repoRoot, folder, name);
    if (existsSync(path)) return readFileSync(path, 'utf8');
    if (required) problems.push({ origin: `${folder}/${name}`, path: '(file)', message: 'the file is missing' });
    return null;
  }

  function readJson<S extends z.ZodMiniType>(name: string, schema: S, required = true): z.infer<S> | null {
    const origin = `${folder}/${name}`;
    const text = readText(name, required);
    if (text === null) return null;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({ origin, path: '(file)', message: `not valid JSON: ${(error as Error).message}` });
      return null;
    }
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    problems.push(...describeRecordIssues(origin, result.error.issues, data));
    return null;
  }

  function readArticle(): Article | null {
    const articleMeta = readJson('article.meta.json', ArticleMetaSchema);
    const text = readText('source/article.txt', true);
    if (articleMeta === null || text === null) return null;
    const origin = `${folder}/source/article.txt`;
    try {
      const article = parseArticle(text, articleMeta);
      const result = ArticleSchema.safeParse(article);
      if (result.success) return result.data;
      problems.push(...describeRecordIssues(origin, result.error.issues, article));
    } catch (error) {
      problems.push({ origin, path: '(file)', message: (error as Error).message });
    }
    return null;
  }

  const meta = readJson('story.meta.json', StoryMetaSchema);
  if (meta !== null && meta.id !== basename(folder)) {
    problems.push({
      origin: `${folder}/story.meta.json`,
      path: 'id',
      message: `the id "${meta.id}" must be the folder's name, "${basename(folder)}"`,
    });
  }
  const article = readArticle();
  const incidents = readJson('incidents.geojson', AuthoredIncidentCollectionSchema);
  // A story about no particular provinces has none to draw: an empty collection, not a missing file.
  const noProvinces: ProvinceCollection = { type: 'FeatureCollection', features: [] };
  const provinces =
    meta === null
      ? null
      : meta.provincesFile === undefined
        ? noProvinces
        : readJson(meta.provincesFile, ProvinceCollectionSchema);
  const tour = readJson('tour.json', TourSchema, false);

  if (problems.length > 0 || meta === null || article === null || incidents === null || provinces === null) {
    throw new DataProblemsError(problems);
  }
  return { folder, meta, article, incidents: incidents.features, provinces, tour };
}
