import { createContext, useContext } from 'react';
import { formatRecordPath } from '../../data/load/formatRecordPath.ts';
import type { Story } from '../../model/story.ts';

interface DraftProblemsValue {
  story: Story;
  byPath: ReadonlyMap<string, readonly string[]>;
}

/** The draft's problems by field, for each field to show its own beside it. */
export const DraftProblemsContext = createContext<DraftProblemsValue | null>(null);

const NONE: readonly string[] = [];

/** The problems of the field at `path` (a path into the story), and the key the problem list links it by. */
export function useFieldProblems(path: readonly PropertyKey[]): { key: string; messages: readonly string[] } {
  const value = useContext(DraftProblemsContext);
  if (value === null) return { key: path.join('.'), messages: NONE };
  const key = formatRecordPath(path, value.story);
  return { key, messages: value.byPath.get(key) ?? NONE };
}
