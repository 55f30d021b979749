import { createContext, use, type ReactNode } from 'react';

/** The language of the story's own words (its article's), so that they keep it inside a page in another language. */
export const StoryLanguageContext = createContext<string | null>(null);

interface StoryTextProps {
  children: ReactNode;
  /** An element of its own (e.g. a claimant's <strong>) instead of a <bdi>: isolated by dir="auto". */
  as?: 'strong' | 'span';
  className?: string;
  /** A language other than the story's, e.g. a translation's. */
  lang?: string;
}

/** The author's or the source's words beside the interface's: isolated for bidi, and marked with their language. */
export function StoryText({ children, lang, as, className }: StoryTextProps) {
  const language = lang ?? use(StoryLanguageContext) ?? undefined;
  if (as === undefined) return <bdi lang={language}>{children}</bdi>;
  const Element = as;
  return (
    <Element className={className} lang={language} dir="auto">
      {children}
    </Element>
  );
}
