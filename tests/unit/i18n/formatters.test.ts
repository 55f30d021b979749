import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatShortDay,
  prepareDateFormatting,
} from '../../../src/data/time/formatCalendarDate.ts';
import { formatIncidentTime } from '../../../src/data/time/formatIncidentTime.ts';
import { formatHeadCount } from '../../../src/data/words/formatHeadCount.ts';
import { englishI18n, loadI18n } from '../../../src/i18n/i18n.ts';
import { formatDay, formatDayToParts, formatNumber } from '../../../src/i18n/formatters.ts';

const PERSIAN_DIGITS = /^[\u06F0-\u06F9]+$/;

describe('dates and numbers in the reader’s language', () => {
  it('keep English as the app has always printed it', () => {
    expect(formatCalendarDate('2024-01-16', englishI18n)).toBe('Tue 16 Jan 2024');
    expect(formatShortDay('2024-01-16', englishI18n)).toBe('Tue 16 Jan');
    expect(formatNumber(englishI18n, 1234)).toBe('1,234');
    expect(formatHeadCount({ value: 7, atLeast: false, upTo: 9 }, englishI18n)).toBe('7–9');
    expect(formatHeadCount({ value: 1200, atLeast: false, upTo: 1500 }, englishI18n)).toBe('1,200–1,500');
    expect(formatHeadCount({ value: 7, atLeast: false }, englishI18n)).toBe('7');
  });

  it('write Persian with Persian digits and the Solar Hijri date beside the Gregorian', async () => {
    const fa = await loadI18n('fa');
    const date = formatCalendarDate('2024-01-16', fa);
    // 16 January 2024 is 26 Dey 1402.
    expect(date).toContain('ژانویه');
    expect(date).toContain('۲۰۲۴');
    expect(date).toContain('(۲۶ دی ۱۴۰۲');
    expect(date).not.toMatch(/[0-9]/);
    expect(formatNumber(fa, 17)).toMatch(PERSIAN_DIGITS);
    expect(formatHeadCount({ value: 7, atLeast: true }, fa)).toBe('دست‌کم ۷');
    expect(formatHeadCount({ value: 7, atLeast: false, upTo: 9 }, fa)).toBe('۷–۹');
  });

  it('give a Persian incident time in Persian digits, offset included', async () => {
    const fa = await loadI18n('fa');
    const text = formatIncidentTime(
      {
        date: '2024-01-16',
        time: '17:30',
        utcOffset: '+03:30',
        zone: 'Iran Standard Time',
        precision: 'approximate',
        note: null,
      },
      fa,
    );
    expect(text).toContain('حدود ۱۷:۳۰');
    expect(text).toContain('UTC+۳:۳۰');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('write Urdu and Hindi dates with their own month names, in the Gregorian calendar', async () => {
    const ur = await loadI18n('ur');
    const hi = await loadI18n('hi');
    expect(formatCalendarDate('2024-01-16', ur)).toContain('جنوری');
    expect(formatCalendarDate('2024-01-16', hi)).toContain('जन॰');
    expect(formatCalendarDate('2024-01-16', hi)).toContain('2024');
  });

  it('count in each language’s plural rules', async () => {
    const hi = await loadI18n('hi');
    const ur = await loadI18n('ur');
    const count = (i18n: typeof hi, n: number) =>
      i18n._({ id: 'record.claims', message: '{count, plural, one {# claim} other {# claims}}', values: { count: n } });
    expect(count(englishI18n, 0)).toBe('0 claims');
    // Hindi counts 0 as "one" (CLDR: i = 0 or n = 1), English does not.
    expect(count(hi, 0)).toBe('0 दावा');
    expect(count(hi, 3)).toBe('3 दावे');
    expect(count(ur, 1)).toBe('1 دعویٰ');
    expect(count(ur, 2)).toBe('2 دعوے');
  });
});

/** How many Intl.DateTimeFormat objects `run` makes. */
async function dateFormattersMadeBy(run: () => Promise<void> | void): Promise<number> {
  const original = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made += 1;
      return new target(...args);
    },
  });
  try {
    await run();
  } finally {
    Intl.DateTimeFormat = original;
  }
  return made;
}

describe('a day in its parts (the timeline’s day labels, whose month a narrow timeline hides)', () => {
  const options = { weekday: 'short', day: 'numeric', month: 'short' } as const;

  it('reads as the whole date does, in every language, in the language’s own order', async () => {
    for (const i18n of [englishI18n, await loadI18n('ur'), await loadI18n('fa'), await loadI18n('hi')]) {
      const parts = formatDayToParts(i18n, '2024-01-15', options);
      expect(parts?.map((part) => part.value).join(''), i18n.locale).toBe(formatDay(i18n, '2024-01-15', options));
      const order = (type: string) => parts?.findIndex((part) => part.type === type);
      // Formatted apart, Urdu's weekday and day came out as "15 پیر", the other way round from its whole date.
      expect(order('weekday'), i18n.locale).toBeLessThan(order('day') ?? -1);
    }
    expect(formatDay(englishI18n, '2024-01-15', options)).toBe('Mon 15 Jan');
    expect(formatDayToParts(englishI18n, 'not a day', options)).toBeNull();
  });
});

describe('Intl formatters', () => {
  it('for the first view can be made ahead, so that the story’s dates make none', async () => {
    const persian = await loadI18n('fa');
    prepareDateFormatting(persian);
    const made = await dateFormattersMadeBy(() => {
      formatCalendarDate('2025-03-21', persian);
      formatShortDay('2025-03-22', persian);
    });
    expect(made).toBe(0);
  });

  it('are made once for each language and options, however many values they format', async () => {
    const persian = await loadI18n('fa');
    const options = { day: 'numeric', month: 'narrow' } as const;
    const days = ['2024-01-16', '2024-01-17', '2024-01-18'];
    const made = await dateFormattersMadeBy(() => {
      expect(days.map((day) => formatDay(englishI18n, day, options))).toEqual(['16 J', '17 J', '18 J']);
      expect(days.map((day) => formatDay(persian, day, options))).toHaveLength(3);
    });
    expect(made).toBe(2);
  });
});
