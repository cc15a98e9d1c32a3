import type { FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field, SelectField } from '../../ui/fields';
import { INBOX_STATUS_FILTERS, type InboxFilter, type InboxStatusFilter } from './inbox-filter';

interface Props {
  filter: InboxFilter;
  onChange(changes: Partial<InboxFilter>): void;
  shown: number;
  total: number;
}

/** The inbox's filters: status (待签收 / 办理中 / 已答复 / 超期), overdue only, and a search over order number and description. */
export function InboxFilters({ filter, onChange, shown, total }: Props) {
  const { t } = useI18n();
  const active = Boolean(filter.status || filter.overdueOnly || filter.text);
  return (
    <form role="search" aria-label={t('unit.filter.label')} className="inline-form inbox-filters" onSubmit={(event: FormEvent) => event.preventDefault()}>
      <SelectField
        label={t('unit.filter.status')}
        name="status"
        value={filter.status}
        options={INBOX_STATUS_FILTERS}
        prefix="unit.filter.state."
        emptyLabel={t('unit.filter.all')}
        onChange={(status) => onChange({ status: status as InboxStatusFilter | '' })}
      />
      <Field label={t('unit.filter.search')}>
        {(id) => <input id={id} name="q" type="search" value={filter.text} placeholder={t('unit.filter.searchHint')} onChange={(event) => onChange({ text: event.target.value })} />}
      </Field>
      <div className="field field-check">
        <input id="inbox-overdue-only" name="overdue" type="checkbox" checked={filter.overdueOnly} onChange={(event) => onChange({ overdueOnly: event.target.checked })} />
        <label htmlFor="inbox-overdue-only">{t('unit.filter.overdueOnly')}</label>
      </div>
      {active && (
        <button type="button" onClick={() => onChange({ status: '', overdueOnly: false, text: '' })}>
          {t('unit.filter.clear')}
        </button>
      )}
      <p className="muted filter-count" role="status">
        {active ? t('unit.filter.count', { shown, total }) : t('unit.filter.total', { total })}
      </p>
    </form>
  );
}
