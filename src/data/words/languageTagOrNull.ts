/** A BCP 47 language tag in its common shape: a language, then optional script, region or variant subtags. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * The story's language as an HTML `lang` value, or null when it is not a language tag: a wrong `lang` makes screen
 * readers speak the text in the wrong voice, and leaving it out falls back to the page's own language.
 */
export function languageTagOrNull(tag: string): string | null {
  return tag.length <= 35 && LANGUAGE_TAG.test(tag) ? tag : null;
}
