/** The interface's languages, each named in its own script for the language menu. */
export const LOCALES = ['en', 'ur', 'fa', 'hi'] as const;

export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ur: 'اردو', fa: 'فارسی', hi: 'हिन्दी' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ur' || locale === 'fa' ? 'rtl' : 'ltr';
}
