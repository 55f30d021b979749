import type { CasualtyFigure, HeadCount } from '../../model/incident.ts';
import { Field, NumberField, TextField } from '../form/Field.tsx';
import type { IncidentSectionProps } from './incidentSection.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

function headCount(value: number | null, atLeast: boolean): HeadCount | null {
  return value === null ? null : { value, atLeast };
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
  const articleCitations = properties.claims.flatMap((claim) => (claim.citation.type === 'article' ? [claim] : []));
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
            <div className="editor-columns editor-columns--tight">
              <NumberField
                label={i18n._({
                  id: 'editor.figure.killed',
                  message: '{figure}: killed',
                  values: { figure: figureLabel(index) },
                })}
                hint={i18n._({ id: 'editor.figure.emptyHint', message: 'Empty when the figure does not say.' })}
                path={[...path, 'casualties', index, 'killed']}
                value={figure.killed?.value ?? null}
                min={0}
                step={1}
                onChange={(value) =>
                  setFigure(
                    index,
                    { killed: headCount(value, figure.killed?.atLeast ?? false) },
                    `figure.${index}.killed`,
                  )
                }
              />
              <label className="editor-check">
                <input
                  type="checkbox"
                  checked={figure.killed?.atLeast ?? false}
                  disabled={figure.killed === null}
                  onChange={(event) =>
                    setFigure(index, { killed: headCount(figure.killed?.value ?? null, event.target.checked) }, 'x')
                  }
                />{' '}
                {i18n._({ id: 'editor.figure.atLeastKilled', message: '“at least” (killed)' })}
              </label>
              <NumberField
                label={i18n._({
                  id: 'editor.figure.injured',
                  message: '{figure}: injured',
                  values: { figure: figureLabel(index) },
                })}
                hint={i18n._({ id: 'editor.figure.emptyHint', message: 'Empty when the figure does not say.' })}
                path={[...path, 'casualties', index, 'injured']}
                value={figure.injured?.value ?? null}
                min={0}
                step={1}
                onChange={(value) =>
                  setFigure(
                    index,
                    { injured: headCount(value, figure.injured?.atLeast ?? false) },
                    `figure.${index}.injured`,
                  )
                }
              />
              <label className="editor-check">
                <input
                  type="checkbox"
                  checked={figure.injured?.atLeast ?? false}
                  disabled={figure.injured === null}
                  onChange={(event) =>
                    setFigure(index, { injured: headCount(figure.injured?.value ?? null, event.target.checked) }, 'x')
                  }
                />{' '}
                {i18n._({ id: 'editor.figure.atLeastInjured', message: '“at least” (injured)' })}
              </label>
            </div>
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
            <Field
              label={i18n._({
                id: 'editor.figure.citation',
                message: '{figure}: the words it rests on',
                values: { figure: figureLabel(index) },
              })}
              hint={i18n._({
                id: 'editor.figure.citationHint',
                message: 'One of this incident’s quotes from the article.',
              })}
              path={[...path, 'casualties', index, 'citation']}
            >
              {(control) => (
                <select
                  {...control}
                  value={String(
                    articleCitations.findIndex(
                      (claim) => JSON.stringify(claim.citation) === JSON.stringify(figure.citation),
                    ),
                  )}
                  onChange={(event) => {
                    const claim = articleCitations[Number(event.target.value)];
                    if (claim !== undefined) setFigure(index, { citation: claim.citation }, 'citation');
                  }}
                >
                  {articleCitations.map((claim, at) =>
                    claim.citation.type === 'article' ? (
                      <option key={claim.id} value={String(at)}>
                        “{claim.citation.quote.exact.slice(0, 80)}”
                      </option>
                    ) : null,
                  )}
                </select>
              )}
            </Field>
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
        disabled={articleCitations.length === 0}
        onClick={() => {
          const first = articleCitations[0];
          if (first === undefined) return;
          const figure: CasualtyFigure = {
            claimedBy: first.by,
            killed: null,
            injured: null,
            description: '',
            citation: first.citation,
          };
          set({ casualties: [...properties.casualties, figure] });
        }}
      >
        {i18n._({ id: 'editor.figure.add', message: 'Add a casualty figure' })}
      </button>
    </fieldset>
  );
}
