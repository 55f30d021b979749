import { loadPart, type I18n } from '../../i18n/i18n.ts';
import { loadZodMessages } from './readerMessages.ts';

/**
 * Fetches what the checks need to word a story's problems in the instance's language: their catalog (the 'checks'
 * part) and zod's own messages. Called by whoever runs a check in the browser, before it runs; never in the first load.
 */
export async function loadCheckWords(i18n: I18n): Promise<I18n> {
  await Promise.all([loadPart('checks'), loadZodMessages(i18n.locale)]);
  return i18n;
}
