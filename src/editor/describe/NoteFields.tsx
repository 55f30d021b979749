import { TextField } from '../form/Field.tsx';
import type { IncidentSectionProps } from './incidentSection.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

/** The incident's notes: where the sources disagree, said in plain words rather than resolved silently. */
export function NoteFields({ properties, path, set }: IncidentSectionProps) {
  const i18n = useI18n();
  const { notes } = properties;
  return (
    <fieldset className="editor-fieldset">
      <legend>{i18n._({ id: 'editor.note.legend', message: 'Notes' })}</legend>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.note.hint',
          message:
            'Where the sources disagree or leave something out, said in plain words; the popup lists them under “Where accounts differ”.',
        })}
      </p>
      <ol className="editor-records">
        {notes.map((note, index) => (
          // Notes have no ids; a note's place is what names it, as its label does.
          <li key={index} className="editor-record">
            <TextField
              label={i18n._({
                id: 'editor.note.label',
                message: 'Note {number, number}',
                values: { number: index + 1 },
              })}
              hint={i18n._({ id: 'editor.note.textHint', message: 'A sentence or two, saying who says what.' })}
              path={[...path, 'notes', index]}
              value={note}
              multiline
              onChange={(text) =>
                set({ notes: notes.map((other, at) => (at === index ? text : other)) }, `note.${index}`)
              }
            />
            <button type="button" onClick={() => set({ notes: notes.filter((_, at) => at !== index) })}>
              {i18n._({
                id: 'editor.note.remove',
                message: 'Remove note {number, number}',
                values: { number: index + 1 },
              })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => set({ notes: [...notes, ''] })}>
        {i18n._({ id: 'editor.note.add', message: 'Add a note' })}
      </button>
    </fieldset>
  );
}
