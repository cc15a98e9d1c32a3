import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { Option } from '../reference/district-reference';

interface FieldProps {
  label: string;
  hint?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

/** A labelled form control; the hint is tied to the control for screen readers. */
export function Field({ label, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
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
}

export function SelectField({ label, value, options, prefix, onChange, required, name }: SelectProps) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} name={name} value={value} required={required} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('common.choose')}</option>
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
