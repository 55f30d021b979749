import type { z } from '../../model/zod.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { formatRecordPath } from './formatRecordPath.ts';
import { schemaRuleWords } from './schemaRuleWords.ts';
import { whereWords } from './whereWords.ts';

/**
 * Zod's issues as problems a person can act on: like the model's `describeIssues`, but a path through an array of
 * records (`features[2]`) also names the record's id, looked up in the data that failed. The messages are zod's, worded
 * when the data was checked, and the schemas' own rules; a problem about the whole of the data says so. In the
 * instance's language, if one is given (the data build and the basemap's check, whose problems are in English, give
 * none).
 */
export function describeRecordIssues(
  origin: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  i18n?: I18n,
): DataProblem[] {
  return issues.map((issue) => {
    const path = formatRecordPath(issue.path, data);
    return i18n === undefined
      ? { origin, path, message: issue.message }
      : { origin, path: whereWords(path, i18n), message: schemaRuleWords(issue, i18n) };
  });
}
