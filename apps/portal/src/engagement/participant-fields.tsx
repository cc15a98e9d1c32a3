import { PARTY_ROLES } from '../api/engagement-types';
import { useI18n } from '../i18n/i18n';
import { Field, SelectField } from '../ui/fields';

export interface ParticipantInput {
  role: string;
  name: string;
  votes: boolean;
}

/** Who takes part (社区、业委会、物业公司、居民代表…) and whether they vote. */
export function ParticipantFields({ value, onChange }: { value: ParticipantInput[]; onChange(next: ParticipantInput[]): void }) {
  const { t } = useI18n();
  const set = (index: number, change: Partial<ParticipantInput>) => onChange(value.map((old, i) => (i === index ? { ...old, ...change } : old)));
  return (
    <fieldset className="field">
      <legend>{t('engagement.session.participants')}</legend>
      {value.map((participant, index) => (
        <div key={index} className="inline-form">
          <SelectField label={t('engagement.session.role')} value={participant.role} options={PARTY_ROLES} prefix="engagement.party." onChange={(role) => set(index, { role })} required />
          <Field label={t('engagement.session.name')}>{(id) => <input id={id} maxLength={100} value={participant.name} onChange={(e) => set(index, { name: e.target.value })} />}</Field>
          <label className="field-check">
            <input type="checkbox" checked={participant.votes} onChange={(e) => set(index, { votes: e.target.checked })} />
            {t('engagement.session.votes')}
          </label>
        </div>
      ))}
      <div>
        <button type="button" className="link" onClick={() => onChange([...value, { role: 'residents-representative', name: '', votes: true }])}>
          {t('engagement.session.addParticipant')}
        </button>
      </div>
    </fieldset>
  );
}
