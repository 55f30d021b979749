import { createContext, useContext } from 'react';
import { englishI18n, type I18n } from '../../i18n/i18n.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface LanguageChoice {
  i18n: I18n;
  locale: Locale;
  /** Switches the interface to another language once its catalog has loaded. */
  choose: (locale: Locale) => void;
}

export const LanguageContext = createContext<LanguageChoice>({ i18n: englishI18n, locale: 'en', choose: () => {} });

/** The interface's translator for the reader's language (English outside a provider, as in most component tests). */
export function useI18n(): I18n {
  return useContext(LanguageContext).i18n;
}

export function useLanguageChoice(): LanguageChoice {
  return useContext(LanguageContext);
}
