import type { ReactNode } from 'react';
import { safeWebHref } from '../data/load/webAddress.ts';

interface ExternalLinkProps {
  /** An address from the story's data: only an http(s) one becomes a link. */
  href: string | null;
  children: ReactNode;
}

/**
 * A link out of Citemap, opened in a new tab so the map stays where the reader left it. The text is isolated for
 * bidirectional layout (a right-to-left override in a title cannot reverse the words after it), and an address that is
 * not http(s) leaves the text as plain words rather than a link that could run script.
 */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  const safe = safeWebHref(href);
  if (safe === null) return <bdi>{children}</bdi>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      <bdi>{children}</bdi>
    </a>
  );
}
