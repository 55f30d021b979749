/**
 * The patterns ids follow, without their schemas: code that only checks an id (a link's `incident=`) imports these and
 * so does not bring the validation library into the page's first load.
 */

/** Ids of incidents, stories and tour steps: lower-case words joined by hyphens, safe in a link as they are. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A passage is "p" and its paragraph number. */
export const PASSAGE_ID_PATTERN = /^p[1-9][0-9]*$/;
