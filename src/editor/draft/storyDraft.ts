import type { I18n } from '../../i18n/i18n.ts';
import type { Article } from '../../model/article.ts';
import type { Incident } from '../../model/incident.ts';
import type { Story } from '../../model/story.ts';

/**
 * A story being written. `story` has the shape of a Story but need not validate yet (an empty title, an incident not
 * yet placed): the checks say what is missing, and a story that passes them is what the viewer reads.
 */
export interface StoryDraft {
  /** Where the draft is kept in this browser. */
  key: string;
  story: Story;
  /** The article's text as the author pasted or typed it; "Update passages" turns it into passages. */
  articleText: string;
  /**
   * True for a story begun in the editor: its map frame and credits are made from what the author entered. A story
   * opened for editing keeps the ones it came with.
   */
  madeHere: boolean;
}

export const NEW_STORY_ID = 'my-story';

/** A new story's article; its one default words are the author's, in the editor's language. */
function emptyArticle(i18n: I18n): Article {
  return {
    id: `${NEW_STORY_ID}-article`,
    title: '',
    titleSource: i18n._({ id: 'editor.draft.titleSource', message: 'as printed by the publisher' }),
    publisher: '',
    sourceLine: null,
    byline: null,
    publishedAt: null,
    url: null,
    language: 'en',
    passages: [],
    notes: [],
  };
}

export function emptyDraft(key: string, i18n: I18n): StoryDraft {
  return {
    key,
    madeHere: true,
    articleText: '',
    story: {
      schemaVersion: 1,
      id: NEW_STORY_ID,
      title: '',
      summary: '',
      defaultBounds: [-180, -85, 180, 85],
      article: emptyArticle(i18n),
      incidents: { type: 'FeatureCollection', features: [] },
      regions: { type: 'FeatureCollection', features: [] },
      tour: null,
      credits: [],
    },
  };
}

/** The text an author would edit to get these passages back: paragraphs separated by a blank line. */
export function passagesAsText(article: Article): string {
  return article.passages.map((passage) => passage.text).join('\n\n');
}

export function draftFromStory(key: string, story: Story): StoryDraft {
  return { key, madeHere: false, articleText: passagesAsText(story.article), story };
}

export function incidentById(draft: StoryDraft, incidentId: string): Incident | undefined {
  return draft.story.incidents.features.find((incident) => incident.id === incidentId);
}

/** The draft with one incident replaced (by id), everything else shared. */
export function withIncident(draft: StoryDraft, incident: Incident): StoryDraft {
  const features = draft.story.incidents.features.map((old) => (old.id === incident.id ? incident : old));
  return { ...draft, story: { ...draft.story, incidents: { ...draft.story.incidents, features } } };
}

export function withoutIncident(draft: StoryDraft, incidentId: string): StoryDraft {
  const features = draft.story.incidents.features.filter((incident) => incident.id !== incidentId);
  return { ...draft, story: { ...draft.story, incidents: { ...draft.story.incidents, features } } };
}

export function withStory(draft: StoryDraft, change: Partial<Story>): StoryDraft {
  return { ...draft, story: { ...draft.story, ...change } };
}

export function withArticle(draft: StoryDraft, change: Partial<Article>): StoryDraft {
  return withStory(draft, { article: { ...draft.story.article, ...change } });
}

/** An id not yet taken: `base`, else `base-2`, `base-3`, … */
export function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let number = 2; ; number += 1) {
    if (!used.has(`${base}-${number}`)) return `${base}-${number}`;
  }
}
