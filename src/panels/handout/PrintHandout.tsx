import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { memo } from 'react';
import type { Story } from '../../model/story.ts';
import { HandoutArticle } from './HandoutArticle.tsx';
import { HandoutFooter } from './HandoutFooter.tsx';
import { HandoutKey } from './HandoutKey.tsx';
import { HandoutSummary } from './HandoutSummary.tsx';
import { HandoutTable } from './HandoutTable.tsx';
import { QuestionList } from '../../ui/questions/QuestionList.tsx';
import { PrintWorksheet } from './PrintWorksheet.tsx';
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
  const questions = (story.tour?.steps ?? []).flatMap((step) => step.questions ?? []);
  const i18n = useI18n();
  return (
    <>
      <PrintWorksheet story={story} />
      <section className="print-handout" aria-label={i18n._({ id: 'handout.label', message: 'Printable handout' })}>
        <HandoutKey
          credits={story.credits}
          hasBand={story.regions.features.some((region) => region.properties.kind === 'border-band')}
        />
        <HandoutSummary incidents={story.incidents} />
        <HandoutArticle article={story.article} incidents={story.incidents} />
        {questions.length > 0 && (
          <section
            className="handout-questions"
            aria-label={i18n._({ id: 'handout.questions', message: 'Questions to think about' })}
          >
            <h2 className="handout__heading">
              {i18n._({ id: 'handout.questions', message: 'Questions to think about' })}
            </h2>
            <QuestionList
              questions={questions}
              passages={story.article.passages}
              incidents={story.incidents}
              answers="none"
            />
          </section>
        )}
        {/* Printed only when asked for ("Handout with the full record"): the first pages are what a student reads. */}
        <section
          className="handout-appendix"
          aria-label={i18n._({ id: 'handout.appendix', message: 'Appendix: the full record' })}
        >
          <h2 className="handout__heading">
            {i18n._({ id: 'handout.appendix', message: 'Appendix: the full record' })}
          </h2>
          <HandoutTable incidents={story.incidents} passages={story.article.passages} />
        </section>
        <HandoutFooter credits={story.credits} />
      </section>
    </>
  );
});
