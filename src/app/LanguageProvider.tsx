import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadI18n, type I18n } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/locales.ts';
import { LanguageContext, type LanguageChoice } from '../ui/i18n/LanguageContext.tsx';
import { applyLocaleToPage, loadLanguageStyles } from './languageOfPage.ts';

interface LanguageProviderProps {
  initial: { locale: Locale; i18n: I18n };
  children: ReactNode;
}

/**
 * Holds the interface's language for the whole page; choosing another loads its catalog and its styles first (a
 * right-to-left page's mirroring among them), then switches.
 */
export function LanguageProvider({ initial, children }: LanguageProviderProps) {
  const [current, setCurrent] = useState(initial);
  const [remember, setRemember] = useState(false);
  const choose = useCallback((locale: Locale) => {
    void Promise.all([loadI18n(locale), loadLanguageStyles(locale)]).then(([i18n]) => {
      setRemember(true);
      setCurrent({ locale, i18n });
    });
  }, []);
  useEffect(
    function markPageLanguage() {
      applyLocaleToPage(current.locale, remember);
    },
    [current.locale, remember],
  );
  const value = useMemo<LanguageChoice>(() => ({ ...current, choose }), [current, choose]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
