import type { CasualtyFigure, HeadCount } from '../../model/incident.ts';
import { NumberField, TextField } from '../form/Field.tsx';
import { CitationFields, newRecordCitation } from './CitationFields.tsx';
import type { IncidentSectionProps } from './incidentSection.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

/** The count as typed: no number is no count; an empty "up to" is one number, not a range. */
function headCount(value: number | null, atLeast: boolean, upTo: number | null): HeadCount | null {
  if (value === null) return null;
  return upTo === null ? { value, atLeast } : { value, atLeast, upTo };
}

interface CountFieldsProps {
  /** "Figure 1", for the labels. */
  figure: string;
  measure: 'killed' | 'injured';
  count: HeadCount | null;
  path: readonly PropertyKey[];
  onChange: (count: HeadCount | null, field: string) => void;
}

/** One measure's count as the source gives it: a number, "at least" a number, or a range ("between 7 and 9"). */
function CountFields({ figure, measure, count, path, onChange }: CountFieldsProps) {
  const i18n = useI18n();
  const value = count?.value ?? null;
  const atLeast = count?.atLeast ?? false;
  const upTo = count?.upTo ?? null;
  const killed = measure === 'killed';
  return (
    <div className="editor-columns editor-columns--tight">
      <NumberField
        label={
          killed
            ? i18n._({ id: 'editor.figure.killed', message: '{figure}: killed', values: { figure } })
            : i18n._({ id: 'editor.figure.injured', message: '{figure}: injured', values: { figure } })
        }
        hint={i18n._({ id: 'editor.figure.emptyHint', message: 'Empty when the figure does not say.' })}
        path={path}
        value={value}
        min={0}
        step={1}
        onChange={(typed) => onChange(headCount(typed, atLeast, typed === null ? null : upTo), measure)}
      />
      <NumberField
        label={
          killed
            ? i18n._({ id: 'editor.figure.killedUpTo', message: '{figure}: killed, up to', values: { figure } })
            : i18n._({ id: 'editor.figure.injuredUpTo', message: '{figure}: injured, up to', values: { figure } })
        }
        hint={i18n._({
          id: 'editor.figure.upToHint',
          message: 'Only for a range (“between 7 and 9”): its higher number. Empty for one number.',
        })}
        path={[...path, 'upTo']}
        value={upTo}
        min={0}
        step={1}
        disabled={count === null}
        onChange={(typed) => onChange(headCount(value, atLeast, typed), `${measure}.upTo`)}
      />
      <label className="editor-check">
        <input
          type="checkbox"
          checked={atLeast}
          disabled={count === null}
          onChange={(event) => onChange(headCount(value, event.target.checked, upTo), `${measure}.atLeast`)}
        />{' '}
        {killed
          ? i18n._({ id: 'editor.figure.killedAtLeast', message: '{figure}: killed, “at least”', values: { figure } })
          : i18n._({
              id: 'editor.figure.injuredAtLeast',
              message: '{figure}: injured, “at least”',
              values: { figure },
            })}
      </label>
    </div>
  );
}

/** The casualty figures, each one party's count beside who gave it and the words it rests on. */
export function CasualtyFields({ properties, path, set }: IncidentSectionProps) {
  const i18n = useI18n();
  const figureLabel = (index: number) =>
    i18n._({ id: 'editor.figure.label', message: 'Figure {number, number}', values: { number: index + 1 } });
  const setFigure = (index: number, change: Partial<CasualtyFigure>, field: string) =>
    set(
      { casualties: properties.casualties.map((figure, at) => (at === index ? { ...figure, ...change } : figure)) },
      field,
    );
  const newFigureCitation = newRecordCitation(properties);
  return (
    <fieldset className="editor-fieldset">
      <legend>{i18n._({ id: 'editor.figure.legend', message: 'Casualty figures' })}</legend>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.figure.hint',
          message: 'Each figure is one party’s count, kept beside who gave it; rival counts are never merged.',
        })}
      </p>
      <ol className="editor-records">
        {properties.casualties.map((figure, index) => (
          <li key={index} className="editor-record">
            <TextField
              label={i18n._({
                id: 'editor.figure.by',
                message: '{figure}: who gave it',
                values: { figure: figureLabel(index) },
              })}
              hint={i18n._({ id: 'editor.figure.byHint', message: 'The claimant, as for a claim.' })}
              path={[...path, 'casualties', index, 'claimedBy']}
              value={figure.claimedBy}
              onChange={(claimedBy) => setFigure(index, { claimedBy }, `figure.${index}.by`)}
            />
            <CountFields
              figure={figureLabel(index)}
              measure="killed"
              count={figure.killed}
              path={[...path, 'casualties', index, 'killed']}
              onChange={(killed, field) => setFigure(index, { killed }, `figure.${index}.${field}`)}
            />
            <CountFields
              figure={figureLabel(index)}
              measure="injured"
              count={figure.injured}
              path={[...path, 'casualties', index, 'injured']}
              onChange={(injured, field) => setFigure(index, { injured }, `figure.${index}.${field}`)}
            />
            <TextField
              label={i18n._({
                id: 'editor.figure.description',
                message: '{figure}: who the casualties were',
                values: { figure: figureLabel(index) },
              })}
              hint={i18n._({
                id: 'editor.figure.descriptionHint',
                message: 'In the claimant’s terms: “civilians”, “militants”.',
              })}
              path={[...path, 'casualties', index, 'description']}
              value={figure.description}
              onChange={(description) => setFigure(index, { description }, `figure.${index}.description`)}
            />
            <CitationFields
              label={figureLabel(index)}
              citation={figure.citation}
              claims={properties.claims}
              sources={properties.sources}
              path={[...path, 'casualties', index, 'citation']}
              onChange={(citation, field) => setFigure(index, { citation }, `figure.${index}.${field}`)}
            />
            <button
              type="button"
              onClick={() => set({ casualties: properties.casualties.filter((_, at) => at !== index) })}
            >
              {i18n._({
                id: 'editor.figure.remove',
                message: 'Remove figure {number, number}',
                values: { number: index + 1 },
              })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={newFigureCitation === null}
        onClick={() => {
          if (newFigureCitation === null) return;
          const figure: CasualtyFigure = {
            // A figure from the article's words is first taken to be the quoting claim's claimant's.
            claimedBy: properties.claims.find((claim) => claim.citation === newFigureCitation)?.by ?? '',
            killed: null,
            injured: null,
            description: '',
            citation: newFigureCitation,
          };
          set({ casualties: [...properties.casualties, figure] });
        }}
      >
        {i18n._({ id: 'editor.figure.add', message: 'Add a casualty figure' })}
      </button>
    </fieldset>
  );
}
