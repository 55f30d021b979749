import type { Article, LocalDateTime, Passage } from '../../model/article.ts';
import type { ArticleMeta } from '../../model/articleMeta.ts';
import { isCalendarDay } from '../time/calendarDay.ts';

/** UTC offsets of the zone abbreviations articles print. An unknown one is an error, never a guess. */
const UTC_OFFSET_BY_ZONE: Readonly<Record<string, string>> = {
  IST: '+05:30',
  PKT: '+05:00',
  IRST: '+03:30',
  GMT: '+00:00',
  UTC: '+00:00',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** "Sat, 20 Jan 2024 08:34 AM (IST)"; the weekday, the AM/PM and the brackets are optional. */
const DATE_LINE =
  /^(?:([a-z]+),?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*\(?([a-z]+)\)?$/i;
const BULLET = /^\s*•\s*(.*)$/;
const ASIDE = /^(also read|read also|read more)\s*:/i;
const FINAL_NOTE = /^\((.+)\)$/s;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function parseDateLine(line: string): LocalDateTime | null {
  const match = DATE_LINE.exec(line);
  if (match === null) return null;
  const [, weekday, day, month, year, hour, minute, meridiem, zone = ''] = match;
  const monthIndex = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase());
  if (monthIndex === -1) return null;
  const utcOffset = UTC_OFFSET_BY_ZONE[zone.toUpperCase()];
  if (utcOffset === undefined) {
    throw new Error(
      `unknown time zone "${zone}" in "${line}": known zones are ${Object.keys(UTC_OFFSET_BY_ZONE).join(', ')}`,
    );
  }
  let hours = Number(hour);
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) throw new Error(`"${line}" has hour ${hours} with ${meridiem}`);
    hours = (hours % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  }
  const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
  if (!isCalendarDay(Number(year), monthIndex + 1, Number(day)) || hours > 23 || Number(minute) > 59) {
    throw new Error(`"${line}" is not a valid date and time`);
  }
  if (weekday !== undefined && WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase()) !== date.getUTCDay()) {
    throw new Error(`"${line}": ${day} ${month} ${year} is not a ${weekday}`);
  }
  const local = `${year}-${pad(monthIndex + 1)}-${pad(Number(day))}T${pad(hours)}:${minute}`;
  return { local, utcOffset, zone: zone.toUpperCase() };
}

interface Header {
  byline: string | null;
  publishedAt: LocalDateTime | null;
  sourceLine: string | null;
}

function parseHeader(bullets: readonly string[]): Header {
  const header: Header = { byline: null, publishedAt: null, sourceLine: null };
  for (const bullet of bullets) {
    const byline = /^by\s+(.+)$/i.exec(bullet)?.[1];
    const sourceLine = /^source\s*:\s*(.+)$/i.exec(bullet)?.[1];
    const publishedAt = byline === undefined && sourceLine === undefined ? parseDateLine(bullet) : null;
    if (byline !== undefined) header.byline = byline.trim();
    else if (sourceLine !== undefined) header.sourceLine = sourceLine.trim();
    else if (publishedAt !== null) header.publishedAt = publishedAt;
    else throw new Error(`unrecognised header line "• ${bullet}": expected "By …", a date, or "Source: …"`);
  }
  return header;
}

/**
 * An article in the plain-text shape of the seed copies: optional bullet lines ("• By …", "• <date> (<zone>)",
 * "• Source: …"), then paragraphs separated by blank lines. Each paragraph becomes a passage numbered in order;
 * an "Also Read:" cross-link is an aside but keeps its number, so paragraph numbers match the original layout.
 * A final line in brackets, such as "(With agency inputs)", is a note about the article, not a passage.
 * Throws an Error saying what is wrong when the text is empty or a header line cannot be read.
 */
export function parseArticle(text: string, meta: ArticleMeta): Article {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (firstContent === -1) throw new Error('the article text is empty');

  const headerLength = lines.slice(firstContent).findIndex((line) => !BULLET.test(line));
  const bodyStart = headerLength === -1 ? lines.length : firstContent + headerLength;
  const bullets = lines.slice(firstContent, bodyStart).map((line) => line.replace(BULLET, '$1').trim());
  const header = parseHeader(bullets);

  const paragraphs = lines
    .slice(bodyStart)
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const finalNote = FINAL_NOTE.exec(paragraphs.at(-1) ?? '')?.[1]?.trim();
  if (finalNote !== undefined) paragraphs.pop();
  if (paragraphs.length === 0) throw new Error('the article has no paragraphs after its header');

  const passages = paragraphs.map((paragraph, index): Passage => ({
    id: `p${index + 1}`,
    number: index + 1,
    text: paragraph,
    role: ASIDE.test(paragraph) ? 'aside' : 'body',
  }));
  return {
    id: meta.id,
    title: meta.title,
    titleSource: meta.titleSource,
    publisher: meta.publisher,
    sourceLine: header.sourceLine,
    byline: header.byline,
    publishedAt: header.publishedAt,
    url: meta.url,
    language: meta.language,
    passages,
    notes: finalNote === undefined ? [] : [finalNote],
  };
}
