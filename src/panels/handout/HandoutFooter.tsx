import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useEffect, useState } from 'react';
import { formatPrintDate } from '../../data/time/formatCalendarDate.ts';
import type { Credit } from '../../model/story.ts';

interface HandoutFooterProps {
  credits: readonly Credit[];
}

/** The data's sources and licences, which travel with every copy, and the day it was printed. */
export function HandoutFooter({ credits }: HandoutFooterProps) {
  const [printedOn, setPrintedOn] = useState(() => new Date());
  const i18n = useI18n();

  useEffect(function dateEachPrinting() {
    // A page left open overnight would otherwise print yesterday's date.
    function stamp() {
      setPrintedOn(new Date());
    }
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);

  return (
    <footer className="handout-footer">
      <p>
        <strong>{i18n._({ id: 'credits.heading', message: 'Sources and licences' })}:</strong>{' '}
        <StoryText>
          {credits
            .map(
              (credit) =>
                `${credit.what}: ${credit.source} (${credit.license}).${credit.note === undefined ? '' : ` ${credit.note}`}`,
            )
            .join(' ')}
        </StoryText>
      </p>
      <p>
        {i18n._({
          id: 'handout.printedOn',
          message: 'Printed from Citemap on {date}.',
          values: { date: formatPrintDate(printedOn, i18n) },
        })}
      </p>
    </footer>
  );
}
