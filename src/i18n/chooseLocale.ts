import { isLocale, type Locale } from './locales.ts';

export interface LocaleSources {
  /** `?lang=` in the link: a teacher's shared link wins over everything. */
  linked: string | null;
  /** What the reader chose before, remembered in the browser. */
  stored: string | null;
  /** navigator.languages, most preferred first. */
  browser: readonly string[];
}

/** The language of a tag such as "ur-PK" or "fa-IR", if the interface speaks it. */
export function localeOfTag(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

/** The link, then the reader's earlier choice, then the first browser language the interface speaks, then English. */
export function chooseLocale({ linked, stored, browser }: LocaleSources): Locale {
  if (linked !== null && isLocale(linked)) return linked;
  if (stored !== null && isLocale(stored)) return stored;
  for (const tag of browser) {
    const locale = localeOfTag(tag);
    if (locale !== null) return locale;
  }
  return 'en';
}
