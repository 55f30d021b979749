import { useEffect, useState } from 'react';
import { formatPrintDate } from '../../data/time/formatCalendarDate.ts';
import type { Credit } from '../../model/story.ts';

interface HandoutFooterProps {
  credits: readonly Credit[];
}

/** The data's sources and licences, which travel with every copy, and the day it was printed. */
export function HandoutFooter({ credits }: HandoutFooterProps) {
  const [printedOn, setPrintedOn] = useState(() => new Date());

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
        <strong>Sources and licences:</strong>{' '}
        {credits
          .map(
            (credit) =>
              `${credit.what}: ${credit.source} (${credit.license}).${credit.note === undefined ? '' : ` ${credit.note}`}`,
          )
          .join(' ')}
      </p>
      <p>Printed from Citemap on {formatPrintDate(printedOn)}.</p>
    </footer>
  );
}
