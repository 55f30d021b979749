/** Whether a parsed address is on the web (http or https), the only kind of address Citemap links to or opens. */
export function isWebProtocol(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** The text itself when it is an absolute http(s) address, otherwise null. */
export function webUrlOrNull(text: string | undefined): string | null {
  if (text === undefined || !URL.canParse(text)) return null;
  return isWebProtocol(new URL(text)) ? text : null;
}

/**
 * A link address from data, made safe to put in an `href`: the address itself when it is an absolute http(s) URL,
 * otherwise null. The schemas already refuse other schemes; this second check sits where the address meets the DOM,
 * so that a `javascript:` or `data:` address can never become a live link, whatever path the data took to get here.
 */
export function safeWebHref(address: string | null | undefined): string | null {
  if (typeof address !== 'string') return null;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  return isWebProtocol(url) ? url.href : null;
}

/** Where a story opened by link came from, as a reader should see it before trusting what it says. */
export interface StoryAddress {
  /**
   * The address as the browser parsed it: a host that is not plain ASCII is shown in punycode ("xn--…"), so that a
   * look-alike letter (a Cyrillic "е" for a Latin "e") cannot pass for the real site's name.
   */
  shown: string;
  /** The host alone, in the same form. */
  host: string;
  /** Whether it is another site than the page's own: its story is then not this site's. */
  otherSite: boolean;
}

export function describeStoryAddress(address: string, pageUrl: string): StoryAddress {
  const url = new URL(address, pageUrl);
  return { shown: url.href, host: url.host, otherSite: url.origin !== new URL(pageUrl).origin };
}
