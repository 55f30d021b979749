import { describe, expect, it } from 'vitest';
import { oembedFor } from '../../../vite-plugins/oembedPlugin.ts';
import { fullMapHref, isEmbedded } from '../../../src/state/embedMode.ts';
import { embedHref, embedSnippet } from '../../../src/state/embedSnippet.ts';

describe('embed mode', () => {
  it('is on for ?embed with or without a value, and off otherwise', () => {
    expect(isEmbedded('?embed')).toBe(true);
    expect(isEmbedded('?incident=a&embed=1')).toBe(true);
    expect(isEmbedded('?incident=a')).toBe(false);
    expect(isEmbedded('?embedded')).toBe(false);
  });

  it('keeps the whole view when it goes from the frame to the full map and back', () => {
    const framed = 'https://example.org/citemap/?embed&incident=strike-a&step=two&map=6/27.5/63.1';
    expect(fullMapHref(framed)).toBe('https://example.org/citemap/?incident=strike-a&step=two&map=6%2F27.5%2F63.1');
    expect(embedHref('https://example.org/citemap/?incident=strike-a')).toBe(
      'https://example.org/citemap/?incident=strike-a&embed',
    );
    expect(isEmbedded(new URL(embedHref(fullMapHref(framed))).search)).toBe(true);
  });

  it('writes a frame a course page can paste, with its attributes escaped', () => {
    const snippet = embedSnippet('https://example.org/?incident=a', 'Strikes "and" <counter-strikes> & talks');
    expect(snippet).toBe(
      '<iframe src="https://example.org/?incident=a&amp;embed" title="Strikes &quot;and&quot; &lt;counter-strikes&gt; &amp; talks" ' +
        'width="100%" height="520" style="border:0;max-width:960px" loading="lazy" allowfullscreen></iframe>',
    );
  });

  it('answers oEmbed with a rich frame of the embed layout', () => {
    expect(oembedFor('A "story"', 'https://example.org/citemap/?embed')).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'A "story"',
      provider_name: 'Citemap',
      width: 800,
      height: 520,
      html: '<iframe src="https://example.org/citemap/?embed" title="A &quot;story&quot;" width="800" height="520" style="border:0" loading="lazy" allowfullscreen></iframe>',
    });
  });
});
