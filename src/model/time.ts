import { z } from './zod.ts';

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** A UTC offset as ISO 8601 writes it, sign and minutes always: "+05:00", "+03:30", "-04:00". */
export const UtcOffsetSchema = z.string().check(z.regex(/^[+-]\d{2}:\d{2}$/, 'expected an offset like +03:30'));
