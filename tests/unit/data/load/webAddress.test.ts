import { describe, expect, it } from 'vitest';
import {
  describeStoryAddress,
  isWebProtocol,
  safeWebHref,
  webUrlOrNull,
} from '../../../../src/data/load/webAddress.ts';

describe('safeWebHref', () => {
  it('passes absolute http and https addresses', () => {
    expect(safeWebHref('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(safeWebHref('http://example.org/')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    '//example.org/protocol-relative',
    '/relative/path',
    'not a url',
    '',
  ])('refuses %j', (address) => {
    expect(safeWebHref(address)).toBeNull();
  });

  it('refuses a missing address', () => {
    expect(safeWebHref(null)).toBeNull();
    expect(safeWebHref(undefined)).toBeNull();
  });
});

describe('webUrlOrNull and isWebProtocol', () => {
  it('keeps only absolute http(s) addresses', () => {
    expect(webUrlOrNull('https://example.org/')).toBe('https://example.org/');
    expect(webUrlOrNull('ftp://example.org/')).toBeNull();
    expect(webUrlOrNull('not an address')).toBeNull();
    expect(webUrlOrNull(undefined)).toBeNull();
    expect(isWebProtocol(new URL('http://example.org'))).toBe(true);
    expect(isWebProtocol(new URL('data:text/plain,x'))).toBe(false);
  });
});

describe('describeStoryAddress', () => {
  const PAGE = 'https://citemap.example/app/?story=x';

  it('shows a look-alike host in punycode, and says it is another site', () => {
    // "еvil.example" with a Cyrillic "е" (U+0435).
    expect(describeStoryAddress('https://\u0435vil.example/story.json', PAGE)).toEqual({
      shown: 'https://xn--vil-qdd.example/story.json',
      host: 'xn--vil-qdd.example',
      otherSite: true,
    });
  });

  it('takes the site’s own address, relative or absolute, as the site’s own', () => {
    expect(describeStoryAddress('examples/minimal-points.geojson', PAGE)).toEqual({
      shown: 'https://citemap.example/app/examples/minimal-points.geojson',
      host: 'citemap.example',
      otherSite: false,
    });
    // Another port or scheme is another origin: not the site's own.
    expect(describeStoryAddress('http://citemap.example/app/s.json', PAGE).otherSite).toBe(true);
    expect(describeStoryAddress('https://citemap.example:8443/s.json', PAGE).otherSite).toBe(true);
  });
});
