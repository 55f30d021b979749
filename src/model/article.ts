import { PassageIdSchema, WebUrlSchema } from './ids.ts';
import { UtcOffsetSchema } from './time.ts';
import { z } from './zod.ts';

/** `body` is the story's own text; `aside` is something else printed within it (a cross-link), never cited. */
export const PassageRoleSchema = z.enum(['body', 'aside']);
export type PassageRole = z.infer<typeof PassageRoleSchema>;

export const PassageSchema = z.strictObject({
  /** Stable id from the paragraph's place in the original layout ("p1", "p2", ...); asides keep their number. */
  id: PassageIdSchema,
  /** The paragraph's number in the original layout, counting asides, as the research notes count them. */
  number: z.number().check(z.int(), z.positive()),
  text: z.string().check(z.minLength(1)),
  role: PassageRoleSchema,
});
export type Passage = z.infer<typeof PassageSchema>;

/** A local date and time as printed, with the UTC offset that makes it absolute. */
export const LocalDateTimeSchema = z.strictObject({
  /** ISO 8601 local time without offset, e.g. "2024-01-20T08:34". */
  local: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM')),
  utcOffset: UtcOffsetSchema,
  /** The abbreviation the source printed, e.g. "IST". */
  zone: z.string().check(z.minLength(1)),
});
export type LocalDateTime = z.infer<typeof LocalDateTimeSchema>;

export const ArticleSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** Where the title comes from when the plain text does not carry one (e.g. the URL's slug). */
  titleSource: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  /** The desk or agency line the article prints, e.g. "JND". */
  sourceLine: z.nullable(z.string().check(z.minLength(1))),
  byline: z.nullable(z.string().check(z.minLength(1))),
  publishedAt: z.nullable(LocalDateTimeSchema),
  /** Where the article can be read; null for a story opened from a file that names no article. */
  url: z.nullable(WebUrlSchema),
  language: z.string().check(z.minLength(2)),
  passages: z.array(PassageSchema),
  /** Lines such as "(With agency inputs)": about the article, not part of its story. */
  notes: z.array(z.string().check(z.minLength(1))),
});
export type Article = z.infer<typeof ArticleSchema>;
