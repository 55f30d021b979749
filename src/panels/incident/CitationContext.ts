import { createContext, use } from 'react';
import type { Passage } from '../../model/article.ts';
import type { OutsideSource } from '../../model/incident.ts';

/** What the citations of one record are drawn against, set once around the record (a popup, a handout row). */
export interface CitationSetting {
  /** The article's passages, to number the paragraphs quotes stand in. */
  passages: readonly Passage[];
  /** The record's outside sources, which an outside citation names by id. */
  sources: readonly OutsideSource[];
  /** On screen: shows a passage in the article beside the map, and paragraph numbers become buttons. Not in print. */
  showPassage?: (passageId: string) => void;
}

export const CitationContext = createContext<CitationSetting | null>(null);

export function useCitationSetting(): CitationSetting {
  const setting = use(CitationContext);
  if (setting === null) throw new Error('useCitationSetting: a citation drawn outside a record (no CitationContext)');
  return setting;
}
