import { useState, type FormEvent } from 'react';
import { PARTY_ROLES, type CommunityIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useAsync, useSubmit } from '../ui/use-async';
import { ParticipantFields, type ParticipantInput } from './participant-fields';

const DEFAULT_PARTIES: ParticipantInput[] = PARTY_ROLES.slice(0, 4).map((role) => ({ role, name: '', votes: true }));

/** A deliberation session (议事会): community, date and place, the community-level issues on its agenda with their options, and who takes part. */
export function SessionForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { areaOptions } = useReference();
  const [community, setCommunity] = useState('');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [options, setOptions] = useState<Record<string, string>>({});
  const [participants, setParticipants] = useState<ParticipantInput[]>(DEFAULT_PARTIES);
  const candidates = useAsync(
    async () => (community ? (await api<CommunityIssueView[]>('GET', `/deliberation/issues?community=${encodeURIComponent(community)}&state=community`)).body : []),
    [api, community],
  );
  const submit = useSubmit(async () => {
    const agenda = Object.entries(options)
      .map(([issueId, text]) => ({ issueId, options: text.split('\n').map((line) => line.trim()).filter(Boolean) }))
      .filter((item) => item.options.length > 0);
    await api('POST', '/deliberation/sessions', { body: { communityAreaCode: community, date, place: place.trim(), agenda, participants: participants.filter((p) => p.name.trim()).map((p) => ({ ...p, name: p.name.trim() })) } });
    onDone();
  });
  const problems = fieldProblems(submit.error);
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.session.new')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <SelectField label={t('engagement.community.community')} value={community} options={areaOptions} onChange={setCommunity} required error={problems.communityAreaCode} />
      <div className="settings-grid">
        <Field label={t('engagement.session.date')} error={problems.date}>{(id) => <input id={id} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
        <Field label={t('engagement.session.place')} error={problems.place}>{(id) => <input id={id} required maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />}</Field>
      </div>
      <fieldset className="field">
        <legend>{t('engagement.session.agenda')}</legend>
        {community && candidates.data?.length === 0 && <p className="muted">{t('engagement.session.noCandidates')}</p>}
        {candidates.data?.map((issue) => (
          <Field key={issue.id} label={t('engagement.session.optionsFor', { text: issue.text })} hint={t('engagement.session.optionsHint')}>
            {(id, describedBy) => <textarea id={id} rows={2} value={options[issue.id] ?? ''} aria-describedby={describedBy} onChange={(e) => setOptions({ ...options, [issue.id]: e.target.value })} />}
          </Field>
        ))}
        {problems.agenda && <small className="field-error">{problems.agenda}</small>}
      </fieldset>
      <ParticipantFields value={participants} onChange={setParticipants} />
      {problems.participants && <small className="field-error">{problems.participants}</small>}
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.session.create')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
