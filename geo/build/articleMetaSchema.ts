import type { z } from 'zod';
import { ArticleSchema } from '../../src/model/article.ts';

/** What the plain text of an article does not carry, authored beside it in article.meta.json. */
export const ArticleMetaSchema = ArticleSchema.pick({
  id: true,
  title: true,
  titleSource: true,
  publisher: true,
  url: true,
  language: true,
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
