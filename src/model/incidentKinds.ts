/** What an incident is, in the order the legend lists them; kept apart from the schemas for the page's first load. */
export const INCIDENT_KINDS = ['strike', 'statement', 'reference'] as const;
