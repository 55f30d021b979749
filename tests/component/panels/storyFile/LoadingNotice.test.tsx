// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadI18n } from '../../../../src/i18n/i18n.ts';
import { LanguageContext } from '../../../../src/ui/i18n/LanguageContext.tsx';
import { LoadingNotice } from '../../../../src/panels/storyFile/LoadingNotice.tsx';

const MB = 1024 * 1024;
const link = { address: 'https://data.example/big.story.json', onCancel: () => {} };

describe('LoadingNotice, while a story from a link loads', () => {
  it('fills its bar as far as the download has come, and says how much that is', async () => {
    render(
      <LoadingNotice
        fromLink={link}
        progress={{ stage: 'downloading', receivedBytes: 3.2 * MB, totalBytes: 12 * MB }}
      />,
    );
    const bar = await screen.findByRole<HTMLProgressElement>('progressbar', {
      name: 'Loading the story from https://data.example/big.story.json… Downloaded 3.2 MB of 12 MB',
    });
    expect(bar.value).toBeCloseTo(3.2 * MB);
    expect(bar.max).toBe(12 * MB);
  });

  it('moves without a measure where the size is unknown, and while the story is read and checked', async () => {
    const { rerender } = render(
      <LoadingNotice fromLink={link} progress={{ stage: 'downloading', receivedBytes: 5 * MB, totalBytes: null }} />,
    );
    expect((await screen.findByRole('progressbar')).hasAttribute('value')).toBe(false);
    expect(screen.getByText('Downloaded 5 MB so far')).not.toBeNull();
    rerender(<LoadingNotice fromLink={link} progress={{ stage: 'reading', bytes: 12 * MB }} />);
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);
    expect(screen.getByText('Reading and checking the story (12 MB)…')).not.toBeNull();
  });

  it('says it in the reader’s language and digits', async () => {
    const i18n = await loadI18n('fa');
    render(
      <LanguageContext value={{ i18n, locale: 'fa', choose: () => {} }}>
        <LoadingNotice
          fromLink={link}
          progress={{ stage: 'downloading', receivedBytes: 3 * MB, totalBytes: 12 * MB }}
        />
      </LanguageContext>,
    );
    const said = (await screen.findByRole('progressbar')).parentElement?.textContent ?? '';
    expect(said).toContain('۳ مگابایت');
    expect(said).toContain('۱۲ مگابایت');
    expect(said).not.toMatch(/Loading|Downloaded|MB/);
  });
});
