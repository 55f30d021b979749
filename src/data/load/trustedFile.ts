/**
 * What the build knows of a data file it validated (the story, the basemap): its SHA-256 and its length as text, both
 * baked into the app by vite.config.ts. A download of that length and hash is the file, byte for byte, and is not
 * validated again in the browser.
 */
export interface TrustedFile {
  sha256: string;
  /** In UTF-16 code units, as `string.length` counts the downloaded text. */
  textLength: number;
}

/**
 * The SHA-256 of a text, in hex; null where the browser gives no digest (an insecure context), so that the file is
 * then validated as any other.
 */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a downloaded text can be the trusted file at all: the length is compared before anything is hashed. A file of
 * another length (a story replaced after the build, as the bench's large ones are) is then neither encoded nor hashed:
 * for 100,000 incidents that took half a second of the page's main thread before the story's checks could start.
 */
export function mayBeTrusted(text: string, trusted: TrustedFile | undefined): trusted is TrustedFile {
  return trusted !== undefined && text.length === trusted.textLength;
}

/** Whether a downloaded text is byte for byte the trusted file. */
export async function isTrustedText(text: string, trusted: TrustedFile | undefined): Promise<boolean> {
  return mayBeTrusted(text, trusted) && (await sha256Hex(text)) === trusted.sha256;
}
