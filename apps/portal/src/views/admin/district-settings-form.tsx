import { useState, type FormEvent } from 'react';
import type { DistrictSettings } from '../../api/admin-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';
import { Field, SelectField } from '../../ui/fields';
import { fieldProblems } from '../../ui/field-problems';
import { ErrorMessage, Loading, Success } from '../../ui/status';
import { useAsync, useSubmit } from '../../ui/use-async';
import { changedSettings, DEADLINE_SETTINGS, GENERAL_SETTINGS, readPath, type SettingField } from './settings-fields';

const ALL_FIELDS = [...GENERAL_SETTINGS, ...DEADLINE_SETTINGS];

/** The district's rule book: GET /admin/district-settings, and PUT of what the admin changed. */
export function DistrictSettingsForm() {
  const { t } = useI18n();
  const { api } = useAuth();
  const settings = useAsync(async () => (await api<DistrictSettings>('GET', '/admin/district-settings')).body, [api]);
  // Kept here: a save changes the settings, which makes the form anew (its key), and the message must outlive that.
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('admin.settings.title')}</h2>
      {settings.loading && !settings.data && <Loading />}
      <ErrorMessage error={settings.error} />
      {settings.data && (
        <SettingsForm
          key={JSON.stringify(settings.data.effective)}
          settings={settings.data}
          done={done}
          onDone={setDone}
          onSaved={settings.reload}
        />
      )}
    </section>
  );
}

function SettingsForm({ settings, done, onDone, onSaved }: { settings: DistrictSettings; done: string | null; onDone(message: string | null): void; onSaved(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const initial = Object.fromEntries(ALL_FIELDS.map((field) => [field.path, field.toForm(readPath(settings.effective, field.path))]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const save = useSubmit(async () => {
    onDone(null);
    const changed = changedSettings(settings.effective, ALL_FIELDS, values);
    if (Object.keys(changed).length === 0) return onDone(t('admin.settings.unchanged'));
    await api('PUT', '/admin/district-settings', { body: { settings: changed } });
    onDone(t('admin.settings.saved'));
    onSaved();
  });
  const problems = fieldProblems(save.error);
  const input = (field: SettingField, label: string) => (
    <SettingInput key={field.path} field={field} label={label} value={values[field.path] ?? ''} error={problems[`settings.${field.path}`]} onChange={(value) => setValues((current) => ({ ...current, [field.path]: value }))} />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <div className="settings-grid">{GENERAL_SETTINGS.map((field) => input(field, t(field.label)))}</div>
      <fieldset className="field">
        <legend>{t('admin.settings.signFor')}</legend>
        <div className="settings-grid">{DEADLINE_SETTINGS.filter((field) => field.path.includes('signFor')).map((field) => input(field, t('admin.settings.signForOf', { urgency: t(field.label) })))}</div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('admin.settings.feedback')}</legend>
        <div className="settings-grid">{DEADLINE_SETTINGS.filter((field) => field.path.includes('feedback')).map((field) => input(field, t('admin.settings.feedbackOf', { urgency: t(field.label) })))}</div>
      </fieldset>
      <ErrorMessage error={save.error} />
      <Success>{done}</Success>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.submitting}>
          {save.submitting ? t('common.submitting') : t('admin.save')}
        </button>
      </div>
    </form>
  );
}

function SettingInput({ field, label, value, error, onChange }: { field: SettingField; label: string; value: string; error?: string; onChange(value: string): void }) {
  const { t } = useI18n();
  const { unitOptions } = useReference();
  if (field.kind === 'unit') return <SelectField label={label} name={field.path} value={value} options={unitOptions} onChange={onChange} emptyLabel={t('admin.settings.districtDefault')} error={error} />;
  if (field.kind === 'boolean') {
    const id = `setting-${field.path}`;
    return (
      <div className="field field-check">
        <input id={id} name={field.path} type="checkbox" checked={value === 'true'} onChange={(e) => onChange(e.target.checked ? 'true' : '')} aria-invalid={Boolean(error) || undefined} />
        <label htmlFor={id}>{label}</label>
        {error && <small className="field-error">{error}</small>}
      </div>
    );
  }
  return (
    <Field label={label} hint={t(field.unit)} error={error}>
      {(id, describedBy, invalid) => <input id={id} name={field.path} type="text" inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
    </Field>
  );
}
