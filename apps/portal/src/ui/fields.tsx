import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { Option } from '../reference/district-reference';

interface FieldProps {
  label: string;
  hint?: string;
  /** The server's reason for refusing this field (shown under it, tied to the control). */
  error?: string;
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A labelled form control; the hint and the server's reason are tied to the control for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy, Boolean(error))}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}

interface SelectProps {
  label: string;
  value: string;
  /** Codes labelled through the translations (with `prefix`), or the district's own values with their names. */
  options: readonly string[] | readonly Option[];
  /** Translation key prefix of the option labels, e.g. "channel." */
  prefix?: string;
  onChange(value: string): void;
  required?: boolean;
  name?: string;
  error?: string;
  /** The label of the empty choice (default "choose"); e.g. "anywhere" or "no parent". */
  emptyLabel?: string;
}

export function SelectField({ label, value, options, prefix, onChange, required, name, error, emptyLabel }: SelectProps) {
  const { t } = useI18n();
  return (
    <Field label={label} error={error}>
      {(id, describedBy, invalid) => (
        <select id={id} name={name} value={value} required={required} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)}>
          <option value="">{emptyLabel ?? t('common.choose')}</option>
          {options.map((option) =>
            typeof option === 'string' ? (
              <option key={option} value={option}>
                {t(`${prefix ?? ''}${option}`)}
              </option>
            ) : (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ),
          )}
        </select>
      )}
    </Field>
  );
}

/** A form's submit and cancel buttons; the submit button says so while the request is on its way. */
export function FormActions({ submitLabel, submitting, onCancel }: { submitLabel: string; submitting: boolean; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={submitting}>
        {submitting ? t('common.submitting') : submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('unit.cancel')}
      </button>
    </div>
  );
}
