import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { messages as english } from './catalogs/en.ts';
import type { Locale } from './locales.ts';

export type { I18n, MessageDescriptor } from '@lingui/core';

/** One instance per language, so that a change of language is a new value that React sees. */
export function i18nFor(locale: Locale, messages: Messages): I18n {
  return setupI18n({ locale, messages: { [locale]: messages } });
}

/** English ships with the first load; the other catalogs are fetched when a reader chooses them. */
export const englishI18n: I18n = i18nFor('en', english);

export async function loadI18n(locale: Locale): Promise<I18n> {
  switch (locale) {
    case 'en':
      return englishI18n;
    case 'ur':
      return i18nFor(locale, (await import('./catalogs/ur.ts')).messages);
    case 'fa':
      return i18nFor(locale, (await import('./catalogs/fa.ts')).messages);
    case 'hi':
      return i18nFor(locale, (await import('./catalogs/hi.ts')).messages);
  }
}
