import { z } from 'zod';

/**
 * Where a claim's words stand in the article, after the W3C Web Annotation TextQuoteSelector:
 * the exact words, plus a little text before or after them when the words alone occur more than once.
 */
export const QuoteAnchorSchema = z.strictObject({
  passageId: z.string().min(1),
  exact: z.string().min(1),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
});
export type QuoteAnchor = z.infer<typeof QuoteAnchorSchema>;
