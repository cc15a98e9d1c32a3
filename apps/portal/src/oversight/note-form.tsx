import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, SelectField, FormActions } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { isoFromLocalInput } from './month';

export interface NoteFormValues {
  note: string;
  /** ISO instant of the date field, when the form has one. */
  deadline: string;
  unitCode: string;
}

interface Props {
  noteLabel: string;
  /** A reason or note the server insists on (2 characters at least). */
  noteRequired?: boolean;
  /** A date and time field (new deadline), when given. */
  deadlineLabel?: string;
  /** A unit picker (the unit that takes the order instead), when given. */
  unitLabel?: string;
  /** Units not offered in the picker (the one objecting). */
  excludeUnit?: string;
  submitLabel: string;
  onSubmit(values: NoteFormValues): Promise<void>;
  onCancel(): void;
}

/**
 * One decision's form: a reason or note, and where needed a new deadline or a unit. A refusal by
 * the server shows its message (and the field it names) and keeps what was typed.
 */
export function NoteForm({ noteLabel, noteRequired, deadlineLabel, unitLabel, excludeUnit, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const { unitOptions } = useReference();
  const [note, setNote] = useState('');
  const [deadline, setDeadline] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const submit = useSubmit(onSubmit);
  const problems = fieldProblems(submit.error);
  return (
    <form
      className="form-grid"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run({ note: note.trim(), deadline: isoFromLocalInput(deadline), unitCode });
      }}
    >
      {unitLabel && (
        <SelectField
          label={unitLabel}
          name="unitCode"
          value={unitCode}
          options={unitOptions.filter((option) => option.value !== excludeUnit)}
          onChange={setUnitCode}
          required
          error={problems.unitCode}
        />
      )}
      {deadlineLabel && (
        <Field label={deadlineLabel} error={problems.requestedDeadline ?? problems.dueAt}>
          {(id, describedBy, invalid) => (
            <input id={id} name="deadline" type="datetime-local" value={deadline} required aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setDeadline(e.target.value)} />
          )}
        </Field>
      )}
      <Field label={noteLabel} hint={noteRequired ? t('common.required') : undefined} error={problems.reason ?? problems.note}>
        {(id, describedBy, invalid) => (
          <textarea
            id={id}
            name="note"
            value={note}
            rows={3}
            maxLength={2000}
            required={noteRequired}
            minLength={noteRequired ? 2 : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={submitLabel} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
