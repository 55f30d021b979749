import { ArticleSchema } from './article.ts';
import { z } from './zod.ts';

/** What the plain text of an article does not carry: authored beside it (article.meta.json) or typed in the editor. */
export const ArticleMetaSchema = z.pick(ArticleSchema, {
  id: true,
  title: true,
  titleSource: true,
  publisher: true,
  url: true,
  language: true,
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
