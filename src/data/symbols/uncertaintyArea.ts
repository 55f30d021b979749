/**
 * How the area an imprecisely placed incident may lie in is drawn (precision 2 and 3), in the colour of the party that
 * acted: a dashed outline round a faint wash, so it reads as "somewhere in here", not as a place of its own.
 */
export const UNCERTAINTY_AREA = { weightPx: 1.5, dash: '5 4', fillOpacity: 0.12 } as const;
