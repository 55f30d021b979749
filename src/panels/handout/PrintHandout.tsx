import { memo } from 'react';
import type { Story } from '../../model/story.ts';
import { HandoutArticle } from './HandoutArticle.tsx';
import { HandoutFooter } from './HandoutFooter.tsx';
import { HandoutKey } from './HandoutKey.tsx';
import { HandoutTable } from './HandoutTable.tsx';
import './handout.css';

export interface PrintHandoutProps {
  story: Story;
}

/**
 * What a printed page adds below the map: the incidents as a table, the article with the passages cited, and the
 * sources. It is in the page (from soon after the map is drawn) but shown only in print, so the browser's own Print
 * (Ctrl+P) gives the same handout as the "Print handout" button. Memoised: see docs/ARCHITECTURE.md § Rendering.
 */
export const PrintHandout = memo(function PrintHandout({ story }: PrintHandoutProps) {
  return (
    <section className="print-handout" aria-label="Printable handout">
      <HandoutKey
        credits={story.credits}
        hasBand={story.regions.features.some((region) => region.properties.kind === 'border-band')}
      />
      <HandoutTable incidents={story.incidents} passages={story.article.passages} />
      <HandoutArticle article={story.article} incidents={story.incidents} />
      <HandoutFooter credits={story.credits} />
    </section>
  );
});
