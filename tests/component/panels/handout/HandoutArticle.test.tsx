// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HandoutArticle } from '../../../../src/panels/handout/HandoutArticle.tsx';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('HandoutArticle', () => {
  it('writes out the article’s address, since paper has no links', () => {
    const { article, incidents } = fixtureStory();
    render(<HandoutArticle article={article} incidents={incidents} />);
    expect(screen.queryByRole('link')).toBeNull();
    if (article.url !== null) expect(screen.queryAllByText(article.url, { exact: false })).toHaveLength(1);
  });

  it('prints only the cited passages, numbered, with the quoted words in bold', () => {
    const { article, incidents } = fixtureStory();
    render(<HandoutArticle article={article} incidents={incidents} />);
    const passages = screen.getAllByRole('listitem');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(article.passages.length);
    const quoted = [...document.querySelectorAll('strong.handout-article__quote')].map((mark) => mark.textContent);
    expect(quoted).toContain(
      'Tehran said it had attacked two bases of the Balochi militant group Jaish al Adl in Pakistani territory',
    );
    for (const passage of passages) expect(passage.textContent).toMatch(/^¶\d+ /);
  });
});
