import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';
import type { z } from '../../model/zod.ts';

/**
 * The schemas' own rules (model/geojson.ts, model/incident.ts), each named by its `params.rule`: the model says them in
 * English, for the data build; a reader reads them here, in their language. Field names stay as the data has them.
 */
const RULE_WORDS: Record<string, MessageDescriptor> = {
  'ring-closed': /*i18n*/ { id: 'checks.rule.ringClosed', message: 'a linear ring must end where it starts' },
  'bbox-order': /*i18n*/ {
    id: 'checks.rule.bboxOrder',
    message: 'a bounding box is {order} with west < east and south < north',
    values: { order: '[west, south, east, north]' },
  },
  'radius-approximate': /*i18n*/ {
    id: 'checks.rule.radiusApproximate',
    message: '{field} is only for geo precision 2 and 3 (an approximate place)',
    values: { field: 'uncertaintyRadiusKm' },
  },
  'site-precise': /*i18n*/ {
    id: 'checks.rule.sitePrecise',
    message: 'a point on the site itself is geo precision 1; an approximate place stands in for the site',
  },
  'range-order': /*i18n*/ {
    id: 'checks.rule.rangeOrder',
    message: '{upTo} is the upper end of a range and must be more than {value}',
    values: { upTo: 'upTo', value: 'value' },
  },
  'range-not-floor': /*i18n*/ {
    id: 'checks.rule.rangeNotFloor',
    message: 'a range has both its ends: it is not also "at least"',
  },
  'distance-order': /*i18n*/ {
    id: 'checks.rule.distanceOrder',
    message: 'a reported distance needs {order}',
    values: { order: 'minKm ≤ maxKm' },
  },
  'time-day': /*i18n*/ {
    id: 'checks.rule.timeDay',
    message: '{time} is null exactly when {precision} is {day}',
    values: { time: 'time', precision: 'precision', day: '"day"' },
  },
  'border-name': /*i18n*/ { id: 'checks.rule.borderName', message: 'a distance to the border needs the border’s name' },
  'feature-id': /*i18n*/ {
    id: 'checks.rule.featureId',
    message: 'the Feature {id} must equal {propertiesId}',
    values: { id: 'id', propertiesId: 'properties.id' },
  },
  'no-point-role': /*i18n*/ {
    id: 'checks.rule.noPointRole',
    message: 'an incident with no map point ({noGeometry}) has no {point}',
    values: { noGeometry: 'geometry null', point: 'place.point' },
  },
  'precision-null': /*i18n*/ {
    id: 'checks.rule.precisionNull',
    message: '{field} is null exactly when the incident has no map point ({noGeometry})',
    values: { field: 'geoPrecision', noGeometry: 'geometry null' },
  },
  'when-kind': /*i18n*/ {
    id: 'checks.rule.whenKind',
    message: 'strikes and statements need a date; a reference place has none ({noDate})',
    values: { noDate: 'when: null' },
  },
};

/** A schema rule's words in the instance's language; zod's message (English) for a rule not named here. */
export function schemaRuleWords(issue: z.core.$ZodIssue, i18n: I18n): string {
  const rule: unknown = issue.code === 'custom' ? issue.params?.rule : undefined;
  const words = typeof rule === 'string' ? RULE_WORDS[rule] : undefined;
  return words === undefined ? issue.message : i18n._(words);
}
