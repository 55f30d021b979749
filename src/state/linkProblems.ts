/** A field of the view's link, by its name in the link: the same in every language, as the link is. */
export type LinkField = 'incident' | 'passage' | 'step' | 'layers' | 'map' | 'basemap' | 'from' | 'to';

/** Why a field of the link could not be used. */
export type LinkProblemReason =
  /** Not the shape of an id (incident, passage, step). */
  | 'not-an-id'
  /** An id this story has no record for. */
  | 'no-such-incident'
  | 'no-such-passage'
  | 'no-such-step'
  | 'unknown-layers'
  | 'not-a-view'
  | 'not-a-basemap'
  | 'not-a-date'
  /** The end of the span of days is before its start (`other`). */
  | 'before-start'
  /** The start of the span is after the story's last day (`other`): it would show none of the story. */
  | 'after-last-day'
  /** The end of the span is before the story's first day (`other`). */
  | 'before-first-day';

/**
 * A part of a link that could not be used, and why, as data: the link notice words it in the reader's language.
 * `value` is the link's own text for the field, cut short; `other` what it was measured against.
 */
export interface LinkProblem {
  field: LinkField;
  reason: LinkProblemReason;
  value: string;
  other?: string;
}

/** The link's text for a field, cut short: a link may carry anything, and a notice needs only enough to recognise it. */
export function linkValue(value: string): string {
  return value.slice(0, 40);
}
