import { useState, type FormEvent } from 'react';
import type { CatalogueRule, CatalogueRuleBody } from '../../api/admin-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';
import { Field, SelectField, FormActions } from '../../ui/fields';
import { fieldProblems } from '../../ui/field-problems';
import { ErrorMessage } from '../../ui/status';
import { useSubmit } from '../../ui/use-async';
import { CoHandlerPicker } from '../../ui/co-handler-picker';

interface Props {
  /** The rule being changed, or null for a new one. */
  rule: CatalogueRule | null;
  onSaved(rule: CatalogueRule): void;
  onCancel(): void;
}

/** A catalogue rule: category × area (or anywhere) → lead unit, co-handlers, priority. POST or PUT /admin/catalogue/rules. */
export function RuleForm({ rule, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { allCategoryOptions, allAreaOptions, unitOptions } = useReference();
  const [form, setForm] = useState<CatalogueRuleBody>(rule ?? { categoryCode: '', areaCode: null, leadUnitCode: '', coHandlerCodes: [], priority: 0 });
  const [priority, setPriority] = useState(String(rule?.priority ?? 0));
  const set = <K extends keyof CatalogueRuleBody>(key: K) => (value: CatalogueRuleBody[K]) => setForm((current) => ({ ...current, [key]: value }));
  const save = useSubmit(async () => {
    // The priority goes as typed: a non-integer is the server's to refuse, next to the field.
    const body = { ...form, priority: priority.trim() === '' ? 0 : Number(priority) };
    const { body: saved } = rule ? await api<CatalogueRule>('PUT', `/admin/catalogue/rules/${rule.id}`, { body }) : await api<CatalogueRule>('POST', '/admin/catalogue/rules', { body });
    onSaved(saved);
  });
  const problems = fieldProblems(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  const title = t(rule ? 'admin.rules.editTitle' : 'admin.rules.new');
  return (
    <form className="form-grid" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <SelectField label={t('field.category')} name="categoryCode" value={form.categoryCode} options={allCategoryOptions} onChange={set('categoryCode')} required error={problems.categoryCode} />
      <SelectField label={t('field.area')} name="areaCode" value={form.areaCode ?? ''} options={allAreaOptions} onChange={(value) => set('areaCode')(value || null)} emptyLabel={t('admin.rules.anywhere')} error={problems.areaCode} />
      <SelectField label={t('admin.rules.lead')} name="leadUnitCode" value={form.leadUnitCode} options={unitOptions} onChange={set('leadUnitCode')} required error={problems.leadUnitCode} />
      <CoHandlerPicker id="rule-co-handlers" leadUnitCode={form.leadUnitCode} selected={form.coHandlerCodes} onChange={set('coHandlerCodes')} error={problems.coHandlerCodes} />
      <Field label={t('admin.rules.priority')} hint={t('admin.rules.priorityHint')} error={problems.priority}>
        {(id, describedBy, invalid) => <input id={id} name="priority" type="number" step="any" value={priority} onChange={(e) => setPriority(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
      </Field>
      <ErrorMessage error={save.error} />
      <FormActions submitLabel={t('admin.save')} submitting={save.submitting} onCancel={onCancel} />
    </form>
  );
}
