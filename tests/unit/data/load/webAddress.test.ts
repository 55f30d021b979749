import { describe, expect, it } from 'vitest';
import { isWebProtocol, safeWebHref, webUrlOrNull } from '../../../../src/data/load/webAddress.ts';

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
