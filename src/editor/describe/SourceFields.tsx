import type { OutsideSource } from '../../model/incident.ts';
import { freeId } from '../draft/storyDraft.ts';
import { TextField } from '../form/Field.tsx';
import type { IncidentSectionProps } from './incidentSection.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

/** Sources beyond the article: title, publisher, the date seen and the address. */
export function SourceFields({ properties, path, set }: IncidentSectionProps) {
  const i18n = useI18n();
  const sourceLabel = (index: number) =>
    i18n._({ id: 'editor.source.label', message: 'Source {number, number}', values: { number: index + 1 } });
  const setSource = (index: number, change: Partial<OutsideSource>, field: string) =>
    set({ sources: properties.sources.map((source, at) => (at === index ? { ...source, ...change } : source)) }, field);
  return (
    <fieldset className="editor-fieldset">
      <legend>{i18n._({ id: 'editor.source.legend', message: 'Outside sources' })}</legend>
      <p className="editor-field__hint">
        {i18n._({ id: 'editor.source.hint', message: 'Sources beyond the article, e.g. for where a strike fell.' })}
      </p>
      <ol className="editor-records">
        {properties.sources.map((source, index) => (
          <li key={source.id} className="editor-record">
            <TextField
              label={i18n._({
                id: 'editor.source.title',
                message: '{source}: title',
                values: { source: sourceLabel(index) },
              })}
              hint={i18n._({ id: 'editor.source.titleHint', message: 'The page or report’s title.' })}
              path={[...path, 'sources', index, 'title']}
              value={source.title}
              onChange={(title) => setSource(index, { title }, `source.${source.id}.title`)}
            />
            <TextField
              label={i18n._({
                id: 'editor.source.publisher',
                message: '{source}: publisher',
                values: { source: sourceLabel(index) },
              })}
              hint={i18n._({ id: 'editor.source.publisherHint', message: 'Who published it.' })}
              path={[...path, 'sources', index, 'publisher']}
              value={source.publisher}
              onChange={(publisher) => setSource(index, { publisher }, `source.${source.id}.publisher`)}
            />
            <TextField
              label={i18n._({
                id: 'editor.source.date',
                message: '{source}: date seen',
                values: { source: sourceLabel(index) },
              })}
              hint={i18n._({ id: 'editor.source.dateHint', message: 'When you read it; may be left empty.' })}
              type="date"
              path={[...path, 'sources', index, 'date']}
              value={source.date ?? ''}
              onChange={(date) => setSource(index, { date: date === '' ? null : date }, `source.${source.id}.date`)}
            />
            <TextField
              label={i18n._({
                id: 'editor.source.url',
                message: '{source}: web address',
                values: { source: sourceLabel(index) },
              })}
              hint={i18n._({ id: 'editor.source.urlHint', message: 'Starting https://.' })}
              type="url"
              path={[...path, 'sources', index, 'url']}
              value={source.url}
              onChange={(url) => setSource(index, { url }, `source.${source.id}.url`)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const id = freeId(
            `source-${properties.sources.length + 1}`,
            properties.sources.map((source) => source.id),
          );
          set({ sources: [...properties.sources, { id, title: '', publisher: '', date: null, url: '' }] });
        }}
      >
        {i18n._({ id: 'editor.source.add', message: 'Add an outside source' })}
      </button>
    </fieldset>
  );
}
