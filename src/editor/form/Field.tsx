import { useId, type ReactNode } from 'react';
import { useFieldProblems } from './DraftProblems.ts';

export interface ControlProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
  'data-problem-path': string;
}

interface FieldProps {
  label: string;
  hint: string;
  /** The path into the story this field edits, for its problems. */
  path: readonly PropertyKey[];
  /** Problems of the editor's own, beside the schema's. */
  extraProblems?: readonly string[];
  children: (control: ControlProps) => ReactNode;
}

/** A labelled field with its hint and, as the author types, what the checks say is wrong with it. */
export function Field({ label, hint, path, extraProblems = [], children }: FieldProps) {
  const id = useId();
  const { key, messages } = useFieldProblems(path);
  const problems = [...messages, ...extraProblems];
  return (
    <div className={problems.length > 0 ? 'editor-field editor-field--invalid' : 'editor-field'}>
      <label className="editor-field__label" htmlFor={id}>
        {label}
      </label>
      <p className="editor-field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {children({
        id,
        'aria-describedby': `${id}-hint ${id}-problems`,
        'aria-invalid': problems.length > 0,
        'data-problem-path': key,
      })}
      <div className="editor-field__problems" id={`${id}-problems`}>
        {problems.map((problem) => (
          <p key={problem}>{problem}</p>
        ))}
      </div>
    </div>
  );
}

interface TextFieldProps {
  label: string;
  hint: string;
  path: readonly PropertyKey[];
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date' | 'time' | 'datetime-local';
  extraProblems?: readonly string[];
  lang?: string;
}

export function TextField(props: TextFieldProps) {
  const { label, hint, path, value, onChange, multiline = false, type = 'text', extraProblems, lang } = props;
  return (
    <Field label={label} hint={hint} path={path} extraProblems={extraProblems}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            lang={lang}
            // The words typed are the story's, in whichever script: an English quote in an Urdu page reads left to right.
            dir="auto"
            value={value}
            rows={3}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...control}
            lang={lang}
            dir="auto"
            type={type}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

interface NumberFieldProps {
  label: string;
  hint: string;
  path: readonly PropertyKey[];
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  step?: number | 'any';
  disabled?: boolean;
}

export function NumberField(props: NumberFieldProps) {
  const { label, hint, path, value, onChange, min, step = 'any', disabled = false } = props;
  return (
    <Field label={label} hint={hint} path={path}>
      {(control) => (
        <input
          {...control}
          disabled={disabled}
          type="number"
          inputMode="decimal"
          min={min}
          step={step}
          // A number cleared where the story needs one is kept as NaN, which the schema refuses beside the field.
          value={value === null || Number.isNaN(value) ? '' : value}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
        />
      )}
    </Field>
  );
}

interface SelectFieldProps<Value extends string> {
  label: string;
  hint: string;
  path: readonly PropertyKey[];
  value: Value;
  options: readonly { value: Value; label: string }[];
  /** The words for a value none of the options has; the value itself unless given. */
  unlistedLabel?: string;
  onChange: (value: Value) => void;
}

export function SelectField<Value extends string>(props: SelectFieldProps<Value>) {
  const { label, hint, path, value, options, unlistedLabel = value, onChange } = props;
  return (
    <Field label={label} hint={hint} path={path}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as Value)}>
          {/* A value none of the options has (a source since removed) is shown as it is, with its problem beside it: a
              select shows its first option otherwise, as if the data said that. */}
          {options.some((option) => option.value === value) ? null : <option value={value}>{unlistedLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
