import { useState } from 'react';
import type { StationIssueView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { NoteForm } from '../oversight/note-form';
import { useReference } from '../reference/district-reference';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { HandOnForm } from './hand-on-form';
import { LegList } from './leg-list';

/** One message or visit at a station (七步: 登记、接待、交办、回复、反馈、归档), with the steps allowed now. */
export function StationIssueCard({ issue, onChanged }: { issue: StationIssueView; onChanged(message: string): void }) {
  const { t, formatDateTime } = useI18n();
  const { api, session } = useAuth();
  const { unitName, categoryName } = useReference();
  const roles = session?.roles ?? [];
  // The street's liaison records every leg; the deputy the formal reply they received.
  const canReplyOnLeg = (leg: string) => roles.includes('liaison') || roles.includes('district-admin') || (roles.includes('deputy') && leg === 'reply-to-deputy');
  const [form, setForm] = useState<'hand-on' | 'reply' | null>(null);
  const allowed = issue.allowedActions;
  const step = useSubmit(async (action: 'accept' | 'archive') => {
    await api('POST', `/station-issues/${issue.id}/${action}`);
    onChanged(t(`engagement.station.done.${action}`));
  });
  return (
    <li className="request-item" data-station-issue={issue.messageNo}>
      <div className="request-line">
        <strong>
          {issue.messageNo} · {t(`engagement.station.source.${issue.source}`)}
        </strong>
        <span className="badge">{t(`engagement.station.state.${issue.state}`)}</span>
      </div>
      <p>{issue.text}</p>
      <div className="muted">
        {issue.resident && t('engagement.issue.resident', { name: issue.resident.name, phone: issue.resident.phone })} · {t('engagement.station.receivedAt', { at: formatDateTime(issue.receivedAt) })}
        {issue.station && ` · ${issue.station.name}`} · {t('engagement.issue.deputies', { names: issue.deputies.map((deputy) => deputy.name).join('、') })}
        {issue.categoryCode && ` · ${categoryName(issue.categoryCode)}`}
      </div>
      {issue.minutesToFirstReply !== null && <div className="muted">{t('engagement.station.minutesToReply', { minutes: issue.minutesToFirstReply })}</div>}
      {issue.reply && (
        <div className="reply">
          {t('engagement.station.reply', { at: formatDateTime(issue.reply.at) })}：{issue.reply.text}
        </div>
      )}
      {issue.request && (
        <div className="outcome">
          {t('engagement.issue.order', { orderNo: issue.request.orderNo, unit: issue.request.currentUnitCode ? unitName(issue.request.currentUnitCode) : t('common.none') })} · {t(`status.${issue.request.status}`)}
          {issue.unitReply && (
            <div>
              {t('engagement.station.unitReply', { at: formatDateTime(issue.unitReply.repliedAt) })}：{issue.unitReply.text}
            </div>
          )}
        </div>
      )}
      {issue.legs && issue.legs.length > 0 && (
        <LegList legs={issue.legs} replyPath={`/station-issues/${issue.id}/legs`} canReply={canReplyOnLeg} onReplied={() => onChanged(t('engagement.done.leg'))} />
      )}
      <ErrorMessage error={step.error} />
      <div className="actions">
        {allowed.includes('accept') && (
          <button type="button" className="primary" disabled={step.submitting} onClick={() => void step.run('accept')}>
            {t('engagement.station.accept')}
          </button>
        )}
        {allowed.includes('hand-on') && (
          <button type="button" aria-expanded={form === 'hand-on'} onClick={() => setForm(form === 'hand-on' ? null : 'hand-on')}>
            {t('engagement.station.handOn')}
          </button>
        )}
        {allowed.includes('reply') && (
          <button type="button" aria-expanded={form === 'reply'} onClick={() => setForm(form === 'reply' ? null : 'reply')}>
            {t('engagement.station.replyTo')}
          </button>
        )}
        {allowed.includes('archive') && (
          <button type="button" disabled={step.submitting} onClick={() => void step.run('archive')}>
            {t('engagement.archive')}
          </button>
        )}
      </div>
      {form === 'hand-on' && <HandOnForm issue={issue} onCancel={() => setForm(null)} onDone={() => (setForm(null), onChanged(t('engagement.station.done.hand-on')))} />}
      {form === 'reply' && (
        <NoteForm
          noteLabel={t('engagement.station.replyText')}
          noteRequired
          submitLabel={t('engagement.station.replySubmit')}
          onCancel={() => setForm(null)}
          onSubmit={async ({ note }) => {
            await api('POST', `/station-issues/${issue.id}/reply`, { body: { text: note } });
            setForm(null);
            onChanged(t('engagement.station.done.reply'));
          }}
        />
      )}
    </li>
  );
}
