import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { nl, type Messages } from './nl';
import { en } from './en';

export type Lang = 'nl' | 'en';
export type { Messages };

const dictionaries: Record<Lang, Messages> = { nl, en };
const STORAGE_KEY = 'samenloop.taal';

function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // localStorage can be blocked; Dutch is the default.
  }
  return 'nl';
}

interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  /** Dates and times in the user's language, in the Dutch time zone. */
  formatDateTime: (iso: string) => string;
  /** A calendar date (JJJJ-MM-DD, e.g. a deadline) in the user's language, without a time. */
  formatDate: (isoDate: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this page.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'Europe/Amsterdam',
    });
    const dateOnly = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    return {
      lang,
      t: dictionaries[lang],
      setLang,
      formatDateTime: (iso: string) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      formatDate: (isoDate: string) => {
        // A date has no time zone: read it as midnight UTC and format it in UTC, so it never shifts a day.
        const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? isoDate : dateOnly.format(date);
      },
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/**
 * An area's own texts, kept beside its screens (e.g. cases/messages.ts exports `{ nl, en }` of one shape),
 * so each area owns its words; the shared dictionaries hold only the shell and common words.
 */
export function useAreaMessages<T>(dictionaries: { nl: T; en: T }): T {
  return dictionaries[useI18n().lang];
}
