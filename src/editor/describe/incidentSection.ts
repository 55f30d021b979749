import type { IncidentProperties } from '../../model/incident.ts';

/** What each part of the incident's form is given: the incident's properties, their path, and how to change them. */
export interface IncidentSectionProps {
  properties: IncidentProperties;
  /** The properties' path in the story, for their problems. */
  path: readonly PropertyKey[];
  set: (change: Partial<IncidentProperties>, typingIn?: string) => void;
}
