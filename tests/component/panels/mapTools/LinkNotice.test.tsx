// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeLinkProblem, LinkNotice } from '../../../../src/panels/mapTools/LinkNotice.tsx';
import { englishI18n, loadI18n, withWords } from '../../../../src/i18n/i18n.ts';
import type { LinkProblem, LinkProblemReason } from '../../../../src/state/linkProblems.ts';

const EVERY_REASON: Record<LinkProblemReason, LinkProblem> = {
  'not-an-id': { field: 'incident', reason: 'not-an-id', value: '<script>' },
  'no-such-incident': { field: 'incident', reason: 'no-such-incident', value: 'strike-nowhere' },
  'no-such-passage': { field: 'passage', reason: 'no-such-passage', value: 'p99' },
  'no-such-step': { field: 'step', reason: 'no-such-step', value: 'nowhere' },
  'unknown-layers': { field: 'layers', reason: 'unknown-layers', value: '"zzz"' },
  'not-a-view': { field: 'map', reason: 'not-a-view', value: 'abc' },
  'not-a-basemap': { field: 'basemap', reason: 'not-a-basemap', value: 'satellite' },
  'not-a-date': { field: 'from', reason: 'not-a-date', value: '2024-02-30' },
  'before-start': { field: 'to', reason: 'before-start', value: '2024-01-16', other: '2024-01-18' },
  'after-last-day': { field: 'from', reason: 'after-last-day', value: '2099-01-01', other: '2024-01-19' },
  'before-first-day': { field: 'to', reason: 'before-first-day', value: '2000-01-01', other: '2024-01-15' },
};

describe('LinkNotice', () => {
  it('lists the parts of the link that could not be used, until dismissed', () => {
    const problems = [EVERY_REASON['not-a-view'], EVERY_REASON['unknown-layers']];
    render(<LinkNotice problems={problems} />);
    const notice = screen.getByRole('region', { name: 'About this link' });
    expect(notice.textContent).toMatch(/^Parts of this link could not be used/);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'map: "abc" is not zoom/latitude/longitude',
      'layers: unknown "zzz"',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'About this link' })).toBeNull();
  });

  it('says nothing when the whole link was used', () => {
    const { container } = render(<LinkNotice problems={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('words a span end beyond the story by the story’s own day, as the timeline writes it', () => {
    expect(describeLinkProblem(EVERY_REASON['after-last-day'], englishI18n)).toBe(
      'from: "2099-01-01" is after the story’s last day, Fri 19 Jan',
    );
  });

  it('words every reason in Urdu, Persian and Hindi: only the field, the link’s own text and the day stay as they are', async () => {
    for (const locale of ['ur', 'fa', 'hi'] as const) {
      const i18n = await loadI18n(locale);
      // The words of code fetched on demand come with it, as the page fetches the notice: the notice's among them.
      await withWords(() => Promise.resolve(null));
      for (const problem of Object.values(EVERY_REASON)) {
        const words = describeLinkProblem(problem, i18n);
        const english = describeLinkProblem(problem, englishI18n);
        expect(words, `${locale} ${problem.reason}`).not.toBe(english);
        // What is left once the field, the value and the other value are taken out has no English word in it.
        const rest = [problem.field, problem.value, problem.other ?? '', 'YYYY-MM-DD', 'online', 'offline'].reduce(
          (text, part) => (part === '' ? text : text.split(part).join('')),
          words,
        );
        expect(rest, `${locale} ${problem.reason}: ${words}`).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });
});
