import { createContext, use, type ReactNode } from 'react';
import type { StoryTranslation, StoryTranslations } from '../../model/translation.ts';
import { useLanguageChoice } from './LanguageContext.tsx';

export interface StoryLanguage {
  /** The language of the story's own words (its article's). */
  language: string | null;
  /** The author's text in other languages, if the story carries any. */
  translations?: StoryTranslations;
}

export const StoryLanguageContext = createContext<StoryLanguage>({ language: null });

interface StoryTextProps {
  children: ReactNode;
  /** A language other than the story's, e.g. a translation's. */
  lang?: string;
  /** An element of its own (e.g. a claimant's <strong>) instead of a <bdi>: isolated by dir="auto". */
  as?: 'strong' | 'span';
  className?: string;
}

/** The author's or the source's words beside the interface's: isolated for bidi, and marked with their language. */
export function StoryText({ children, lang, as, className }: StoryTextProps) {
  const language = lang ?? use(StoryLanguageContext).language ?? undefined;
  if (as === undefined) return <bdi lang={language}>{children}</bdi>;
  const Element = as;
  return (
    <Element className={className} lang={language} dir="auto">
      {children}
    </Element>
  );
}

/** The story's translation into the reader's language, if it has one ("translations" given, or from the context). */
export function useStoryTranslation(translations?: StoryTranslations): StoryTranslation | null {
  const { locale } = useLanguageChoice();
  const shared = use(StoryLanguageContext).translations;
  if (locale === 'en') return null;
  return (translations ?? shared)?.[locale] ?? null;
}

interface AuthorTextProps {
  /** The author's words in the original. */
  original: string;
  /** The same in the reader's language, where the story's translation has it. */
  translated: string | undefined;
}

/** The author's text in the reader's language where it is translated, in the original (with its lang) where not. */
export function AuthorText({ original, translated }: AuthorTextProps) {
  const { locale } = useLanguageChoice();
  return translated === undefined ? (
    <StoryText>{original}</StoryText>
  ) : (
    <StoryText lang={locale}>{translated}</StoryText>
  );
}
