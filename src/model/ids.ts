import { z } from './zod.ts';

/** Ids of incidents, stories and tour steps: lower-case words joined by hyphens, safe in a link as they are. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A passage is "p" and its paragraph number. */
export const PASSAGE_ID_PATTERN = /^p[1-9][0-9]*$/;

export const IdSchema = z.string().check(z.regex(ID_PATTERN, 'an id is lower-case words joined by hyphens'));

export const PassageIdSchema = z
  .string()
  .check(z.regex(PASSAGE_ID_PATTERN, 'a passage id is "p" and its paragraph number, e.g. "p6"'));

/** Only web addresses: a story's links are followed by readers. */
export const WebUrlSchema = z.url({ protocol: /^https?$/ });
