import { ArticleSchema } from '../../src/model/article.ts';
import { z } from '../../src/model/zod.ts';

/** What the plain text of an article does not carry, authored beside it in article.meta.json. */
export const ArticleMetaSchema = z.pick(ArticleSchema, {
  id: true,
  title: true,
  titleSource: true,
  publisher: true,
  url: true,
  language: true,
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
