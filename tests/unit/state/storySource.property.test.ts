import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStorySource } from '../../../src/state/storySource.ts';

const PAGE = new URL('https://teacher.example/citemap/');

function search(story: string): string {
  return `?${new URLSearchParams({ story }).toString()}`;
}

describe('parseStorySource, given anything', () => {
  it('never throws, and opens only http(s) addresses without credentials, plain http only from the page itself', () => {
    const anyAddress = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('javascript:', 'JAVASCRIPT:', 'data:', 'blob:', 'file:', 'http:', 'https:', '//', '/', ''),
          fc.string({ unit: 'grapheme' }),
        )
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(anyAddress, (address) => {
        const source = parseStorySource(search(address), PAGE);
        if (source.kind !== 'url') return;
        expect(['http:', 'https:']).toContain(source.url.protocol);
        expect(source.url.username + source.url.password).toBe('');
        if (source.url.protocol === 'http:') expect(source.url.origin).toBe(PAGE.origin);
      }),
      { numRuns: 500 },
    );
  });

  it('opens every https web address as the same URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (address) => {
        const url = new URL(address);
        fc.pre(url.username === '' && url.password === '' && address.length <= 2048);
        const source = parseStorySource(search(address), PAGE);
        expect(source.kind === 'url' && source.url.href).toBe(url.href);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every address whose scheme is not http(s)', () => {
    const scheme = fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/).filter((name) => name !== 'http' && name !== 'https');
    fc.assert(
      fc.property(scheme, fc.string({ unit: 'grapheme-ascii' }), (name, rest) => {
        expect(parseStorySource(search(`${name}:${rest}`), PAGE).kind).not.toBe('url');
      }),
      { numRuns: 300 },
    );
  });
});
