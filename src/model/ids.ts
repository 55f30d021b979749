import { ID_PATTERN, PASSAGE_ID_PATTERN } from './idPatterns.ts';
import { z } from './zod.ts';

export { ID_PATTERN, PASSAGE_ID_PATTERN };

export const IdSchema = z.string().check(z.regex(ID_PATTERN, 'an id is lower-case words joined by hyphens'));

export const PassageIdSchema = z
  .string()
  .check(z.regex(PASSAGE_ID_PATTERN, 'a passage id is "p" and its paragraph number, e.g. "p6"'));

/** Only web addresses: a story's links are followed by readers. */
export const WebUrlSchema = z.url({ protocol: /^https?$/ });
