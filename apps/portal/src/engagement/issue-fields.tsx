import { useI18n } from '../i18n/i18n';
import { REQUEST_TYPES } from '../reference/demo-reference';
import { useReference } from '../reference/district-reference';
import { Field, SelectField } from '../ui/fields';

export interface IssueInput {
  description: string;
  type: string;
  categoryCode: string;
  areaCode: string;
  address: string;
  solvedOnSite: boolean;
  onSiteAnswer: string;
}

export const emptyIssue = (areaCode: string): IssueInput => ({ description: '', type: 'complaint', categoryCode: '', areaCode, address: '', solvedOnSite: false, onSiteAnswer: '' });

/** One issue a resident raised at the reception (反映问题): what, where, and whether it was answered on the spot. */
export function IssueFields({ legend, value, onChange, onRemove }: { legend: string; value: IssueInput; onChange(next: IssueInput): void; onRemove(): void }) {
  const { t } = useI18n();
  const { categoryOptions, areaOptions } = useReference();
  const set = <K extends keyof IssueInput>(name: K) => (next: IssueInput[K]) => onChange({ ...value, [name]: next });
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <Field label={t('field.description')}>{(id) => <textarea id={id} rows={2} required maxLength={4000} value={value.description} onChange={(e) => set('description')(e.target.value)} />}</Field>
      <SelectField label={t('field.type')} value={value.type} options={REQUEST_TYPES} prefix="type." onChange={set('type')} required />
      <SelectField label={t('field.category')} value={value.categoryCode} options={categoryOptions} onChange={set('categoryCode')} required />
      <SelectField label={t('field.area')} value={value.areaCode} options={areaOptions} onChange={set('areaCode')} required />
      <Field label={t('field.address')}>{(id) => <input id={id} required maxLength={500} value={value.address} onChange={(e) => set('address')(e.target.value)} />}</Field>
      <label className="field-check">
        <input type="checkbox" checked={value.solvedOnSite} onChange={(e) => set('solvedOnSite')(e.target.checked)} />
        {t('engagement.issue.solvedOnSite')}
      </label>
      {value.solvedOnSite && (
        <Field label={t('engagement.issue.onSiteAnswer')}>{(id) => <textarea id={id} rows={2} maxLength={4000} value={value.onSiteAnswer} onChange={(e) => set('onSiteAnswer')(e.target.value)} />}</Field>
      )}
      <div>
        <button type="button" className="link" onClick={onRemove}>
          {t('engagement.issue.remove')}
        </button>
      </div>
    </fieldset>
  );
}
