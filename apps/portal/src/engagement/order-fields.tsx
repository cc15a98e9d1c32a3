import type { DepartmentOrder } from '../api/engagement-types';
import { useI18n } from '../i18n/i18n';
import { REQUEST_TYPES } from '../reference/demo-reference';
import { useReference } from '../reference/district-reference';
import { Field, SelectField } from '../ui/fields';

export const emptyOrder = (): DepartmentOrder => ({ unitCode: '', categoryCode: '', type: 'help', address: '', contactName: '', contactPhone: '', note: '' });

/** 部门接单: the department a community orders a matter from, and what the request says. `problems` are keyed like "order.unitCode". */
export function OrderFields({ value, onChange, problems, prefix }: { value: DepartmentOrder; onChange(next: DepartmentOrder): void; problems: Record<string, string>; prefix: string }) {
  const { t } = useI18n();
  const { unitOptions, categoryOptions } = useReference();
  const set = (name: keyof DepartmentOrder) => (next: string) => onChange({ ...value, [name]: next });
  const error = (name: string) => problems[`${prefix}${name}`];
  return (
    <fieldset className="field">
      <legend>{t('engagement.order.legend')}</legend>
      <SelectField label={t('engagement.order.unit')} value={value.unitCode} options={unitOptions} onChange={set('unitCode')} required error={error('unitCode')} />
      <SelectField label={t('field.category')} value={value.categoryCode} options={categoryOptions} onChange={set('categoryCode')} required error={error('categoryCode')} />
      <SelectField label={t('field.type')} value={value.type} options={REQUEST_TYPES} prefix="type." onChange={set('type')} required error={error('type')} />
      <Field label={t('field.address')} error={error('address')}>{(id) => <input id={id} required maxLength={500} value={value.address} onChange={(e) => set('address')(e.target.value)} />}</Field>
      <Field label={t('engagement.order.contactName')} error={error('contactName')}>{(id) => <input id={id} required maxLength={100} value={value.contactName} onChange={(e) => set('contactName')(e.target.value)} />}</Field>
      <Field label={t('engagement.order.contactPhone')} error={error('contactPhone')}>{(id) => <input id={id} type="tel" required maxLength={40} value={value.contactPhone} onChange={(e) => set('contactPhone')(e.target.value)} />}</Field>
      <Field label={t('engagement.order.note')} error={error('note')}>{(id) => <textarea id={id} rows={2} maxLength={2000} value={value.note ?? ''} onChange={(e) => set('note')(e.target.value)} />}</Field>
    </fieldset>
  );
}
