import type { IncidentPlace, ReportedDistance } from '../../model/incident.ts';
import { NumberField, TextField } from '../form/Field.tsx';
import { CitationFields, newRecordCitation } from './CitationFields.tsx';
import type { IncidentSectionProps } from './incidentSection.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

/**
 * Distances the sources give for the event itself ("three to four kilometres off the border"), as opposed to the one
 * computed from the map point: each with who gave it, what it is measured from, and the words it rests on.
 */
export function ReportedDistanceFields({ properties, path, set }: IncidentSectionProps) {
  const i18n = useI18n();
  const distances = properties.place.reportedDistances ?? [];
  const distanceLabel = (index: number) =>
    i18n._({ id: 'editor.distance.label', message: 'Distance {number, number}', values: { number: index + 1 } });
  // An empty list is left out of the story, as a story that never had one leaves it out.
  const setDistances = (next: ReportedDistance[], field?: string) => {
    const place: IncidentPlace = { ...properties.place, reportedDistances: next };
    if (next.length === 0) delete place.reportedDistances;
    set({ place }, field);
  };
  const setDistance = (index: number, change: Partial<ReportedDistance>, field: string) =>
    setDistances(
      distances.map((distance, at) => (at === index ? { ...distance, ...change } : distance)),
      `distance.${index}.${field}`,
    );
  const distancesPath = [...path, 'place', 'reportedDistances'];
  const newDistanceCitation = newRecordCitation(properties);
  return (
    <fieldset className="editor-fieldset">
      <legend>{i18n._({ id: 'editor.distance.legend', message: 'Distances the sources give' })}</legend>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.distance.hint',
          message:
            'A distance a party gave for the event itself (“three to four kilometres off the border”), not one measured on the map.',
        })}
      </p>
      <ol className="editor-records">
        {distances.map((distance, index) => {
          const label = distanceLabel(index);
          const distancePath = [...distancesPath, index];
          return (
            // Distances have no ids; a distance's place is what names it, as its label does.
            <li key={index} className="editor-record">
              <TextField
                label={i18n._({
                  id: 'editor.distance.by',
                  message: '{distance}: who gave it',
                  values: { distance: label },
                })}
                hint={i18n._({ id: 'editor.distance.byHint', message: 'The claimant: “Two security officials”.' })}
                path={[...distancePath, 'claimedBy']}
                value={distance.claimedBy}
                onChange={(claimedBy) => setDistance(index, { claimedBy }, 'by')}
              />
              <TextField
                label={i18n._({
                  id: 'editor.distance.from',
                  message: '{distance}: measured from',
                  values: { distance: label },
                })}
                hint={i18n._({ id: 'editor.distance.fromHint', message: 'What it is measured to: “the border”.' })}
                path={[...distancePath, 'from']}
                value={distance.from}
                onChange={(from) => setDistance(index, { from }, 'from')}
              />
              <div className="editor-columns editor-columns--tight">
                <NumberField
                  label={i18n._({
                    id: 'editor.distance.minKm',
                    message: '{distance}: at least (km)',
                    values: { distance: label },
                  })}
                  hint={i18n._({
                    id: 'editor.distance.minKmHint',
                    message: 'The nearer figure; the same as the farther for one figure.',
                  })}
                  path={[...distancePath, 'minKm']}
                  value={distance.minKm}
                  min={0}
                  onChange={(minKm) => setDistance(index, { minKm: minKm ?? Number.NaN }, 'minKm')}
                />
                <NumberField
                  label={i18n._({
                    id: 'editor.distance.maxKm',
                    message: '{distance}: at most (km)',
                    values: { distance: label },
                  })}
                  hint={i18n._({
                    id: 'editor.distance.maxKmHint',
                    message: 'The farther figure: “three to four kilometres” is 3 and 4.',
                  })}
                  path={[...distancePath, 'maxKm']}
                  value={distance.maxKm}
                  min={0}
                  onChange={(maxKm) => setDistance(index, { maxKm: maxKm ?? Number.NaN }, 'maxKm')}
                />
              </div>
              <CitationFields
                label={label}
                citation={distance.citation}
                claims={properties.claims}
                sources={properties.sources}
                path={[...distancePath, 'citation']}
                onChange={(citation, field) => setDistance(index, { citation }, field)}
              />
              <button type="button" onClick={() => setDistances(distances.filter((_, at) => at !== index))}>
                {i18n._({
                  id: 'editor.distance.remove',
                  message: 'Remove distance {number, number}',
                  values: { number: index + 1 },
                })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={newDistanceCitation === null}
        onClick={() => {
          const citation = newDistanceCitation;
          if (citation === null) return;
          setDistances([...distances, { claimedBy: '', from: '', minKm: 0, maxKm: 0, citation }]);
        }}
      >
        {i18n._({ id: 'editor.distance.add', message: 'Add a distance the sources give' })}
      </button>
    </fieldset>
  );
}
