import { useState, type FormEvent } from 'react';
import { ISSUE_SOURCES, type CommunityIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync, useSubmit } from '../ui/use-async';
import { TriageCommunityIssue } from './triage-community-issue';

const STATES = ['collected', 'self-solved', 'community', 'on-agenda', 'decided', 'solved', 'ordered'] as const;

/** Collect an issue (楼栋巡查、意见箱、微信群、走访). */
function CollectForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { areaOptions } = useReference();
  const [values, setValues] = useState({ communityAreaCode: '', text: '', source: 'building-round', name: '', phone: '' });
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const submit = useSubmit(async () => {
    const reporter = values.name.trim() && values.phone.trim() ? { reporter: { name: values.name.trim(), phone: values.phone.trim() } } : {};
    await api('POST', '/deliberation/issues', { body: { communityAreaCode: values.communityAreaCode, text: values.text.trim(), source: values.source, ...reporter } });
    onDone();
  });
  const problems = fieldProblems(submit.error);
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.community.collect')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <SelectField label={t('engagement.community.community')} value={values.communityAreaCode} options={areaOptions} onChange={set('communityAreaCode')} required error={problems.communityAreaCode} />
      <SelectField label={t('engagement.station.sourceLabel')} value={values.source} options={ISSUE_SOURCES} prefix="engagement.source." onChange={set('source')} required error={problems.source} />
      <Field label={t('engagement.community.text')} error={problems.text}>{(id, describedBy, invalid) => <textarea id={id} rows={2} required maxLength={4000} value={values.text} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('text')(e.target.value)} />}</Field>
      <div className="settings-grid">
        <Field label={t('engagement.community.reporterName')}>{(id) => <input id={id} maxLength={100} value={values.name} onChange={(e) => set('name')(e.target.value)} />}</Field>
        <Field label={t('engagement.community.reporterPhone')} error={problems['reporter.phone']}>{(id) => <input id={id} type="tel" maxLength={40} value={values.phone} onChange={(e) => set('phone')(e.target.value)} />}</Field>
      </div>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.community.collectSubmit')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}

/** 社区议题: issues collected in the communities, triaged three ways, and what became of them. */
export function CommunityIssues() {
  const { t, formatDateTime } = useI18n();
  const { api, session } = useAuth();
  const { unitName } = useReference();
  // Supervisors read; the community, its street's liaison and the district admin act.
  const canAct = session?.roles.some((role) => role !== 'supervisor') ?? false;
  const [state, setState] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const issues = useAsync(async () => (await api<CommunityIssueView[]>('GET', `/deliberation/issues${state ? `?state=${state}` : ''}`)).body, [api, state]);
  const done = (text: string) => {
    setOpen(null);
    setMessage(text);
    issues.reload();
  };
  return (
    <section className="card" aria-labelledby="community-issues-title">
      <div className="card-head">
        <h2 id="community-issues-title">{t('engagement.community.issues')}</h2>
        {canAct && (
          <button type="button" aria-expanded={open === 'collect'} onClick={() => setOpen(open === 'collect' ? null : 'collect')}>
            {t('engagement.community.collect')}
          </button>
        )}
      </div>
      {open === 'collect' && <CollectForm onCancel={() => setOpen(null)} onDone={() => done(t('engagement.community.collected'))} />}
      <div className="inline-form inbox-filters">
        <SelectField label={t('engagement.day.state')} value={state} options={STATES} prefix="engagement.issueState." onChange={setState} emptyLabel={t('engagement.any')} />
      </div>
      {issues.loading && !issues.data && <Loading />}
      <ErrorMessage error={issues.error} />
      <Success>{message}</Success>
      {issues.data?.length === 0 && <p>{t('engagement.community.noIssues')}</p>}
      <ul className="request-list">
        {issues.data?.map((issue) => (
          <li key={issue.id} className="request-item" data-community-issue={issue.id}>
            <div className="request-line">
              <strong>{issue.text}</strong>
              <span className="badge">{t(`engagement.issueState.${issue.state}`)}</span>
            </div>
            <div className="muted">
              {issue.communityName} · {t(`engagement.source.${issue.source}`)} · {formatDateTime(issue.collectedAt)}
              {issue.reporter && ` · ${issue.reporter.name}（${issue.reporter.phone}）`}
            </div>
            {issue.resolution && <div className="reply">{issue.resolution}</div>}
            {issue.decision?.option && <div className="reply">{t('engagement.community.decided', { option: issue.decision.option })}</div>}
            {issue.order && <div className="outcome">{t('engagement.community.ordered', { unit: issue.order.unitName, orderNo: issue.request?.orderNo ?? '', status: issue.request ? t(`status.${issue.request.status}`) : '' })}</div>}
            {issue.request?.currentUnitCode && issue.request.status === 'closed' && <div className="muted">{unitName(issue.request.currentUnitCode)}</div>}
            {canAct && issue.state === 'collected' && (
              <button type="button" aria-expanded={open === issue.id} onClick={() => setOpen(open === issue.id ? null : issue.id)}>
                {t('engagement.community.triage')}
              </button>
            )}
            {open === issue.id && <TriageCommunityIssue issue={issue} onCancel={() => setOpen(null)} onDone={(level) => done(t(`engagement.community.triaged.${level}`))} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
