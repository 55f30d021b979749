import { z } from './zod.ts';

/**
 * Where a claim's words stand in the article, after the W3C Web Annotation TextQuoteSelector:
 * the exact words, plus a little text before or after them when the words alone occur more than once.
 */
export const QuoteAnchorSchema = z.strictObject({
  passageId: z.string().check(z.minLength(1)),
  exact: z.string().check(z.minLength(1)),
  prefix: z.optional(z.string().check(z.minLength(1))),
  suffix: z.optional(z.string().check(z.minLength(1))),
});
export type QuoteAnchor = z.infer<typeof QuoteAnchorSchema>;
