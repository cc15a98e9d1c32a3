import { useState } from 'react';
import type { ReceptionIssueView, ReceptionLeg } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { NoteForm } from '../oversight/note-form';
import { useReference } from '../reference/district-reference';
import { LegList } from './leg-list';
import { PrintLetter } from './print-letter';
import { WorkLetterForm } from './work-letter-form';

interface Props {
  issue: ReceptionIssueView;
  nameOf(deputyId: string): string;
  /** The signed-in deputy's own entry, when known: they sign letters with their own name. */
  myDeputyId: string | null;
  onChanged(message: string): void;
}

/** One issue raised at a reception: who raised it, the letter, the reply chain, and where its request stands. */
export function IssueCard({ issue, nameOf, myDeputyId, onChanged }: Props) {
  const { t, formatDateTime } = useI18n();
  const { api, session } = useAuth();
  const { areaName, categoryName, unitName } = useReference();
  const [form, setForm] = useState<'letter' | 'typical' | null>(null);
  const roles = session?.roles ?? [];
  const organiser = roles.includes('liaison') || roles.includes('district-admin');
  const deputy = roles.includes('deputy');
  const department = (roles.includes('unit-staff') || roles.includes('unit-manager')) && issue.letter !== null && (session?.units ?? []).includes(issue.letter.unitCode);
  const canReply = (leg: ReceptionLeg) => roles.includes('liaison') || (department && leg !== 'relay-to-resident');
  const signers = issue.deputyIds.filter((id) => !deputy || organiser || myDeputyId === null || id === myDeputyId).map((id) => ({ id, name: nameOf(id) }));
  return (
    <li className="request-item" data-issue-id={issue.id}>
      <div className="request-line">
        <strong>{issue.description}</strong>
        {issue.request ? <span className="badge">{t(`status.${issue.request.status}`)}</span> : <span className="badge">{t(issue.solvedOnSite ? 'engagement.issue.answeredOnSite' : 'engagement.issue.noLetter')}</span>}
      </div>
      <div className="muted">
        {issue.date} · {areaName(issue.placeAreaCode)} · {t(`type.${issue.type}`)} · {categoryName(issue.categoryCode)} · {issue.address}
      </div>
      <div className="muted">
        {issue.resident && t('engagement.issue.resident', { name: issue.resident.name, phone: issue.resident.phone })} · {t('engagement.issue.deputies', { names: issue.deputyIds.map(nameOf).join('、') })}
      </div>
      {issue.solvedOnSite && issue.onSiteAnswer && <div className="reply">{issue.onSiteAnswer}</div>}
      {issue.letter && (
        <div className="outcome">
          <div>
            {t('engagement.letter.sent', { unit: issue.letter.unitName, signer: nameOf(issue.letter.signedByDeputyId), at: formatDateTime(issue.letter.sentAt) })}
            {issue.request && <> · {t('engagement.issue.order', { orderNo: issue.request.orderNo, unit: issue.request.currentUnitCode ? unitName(issue.request.currentUnitCode) : t('common.none') })}</>}
          </div>
          <PrintLetter letterId={issue.letter.id} />
          <LegList legs={issue.legs} replyPath={`/receptions/issues/${issue.id}/legs`} canReply={canReply} onReplied={() => onChanged(t('engagement.done.leg'))} />
        </div>
      )}
      {issue.outcome && issue.outcome.satisfaction && <div className="muted">{t('engagement.issue.outcome', { solved: t(issue.outcome.solved ? 'common.yes' : 'common.no'), satisfaction: t(`satisfaction.${issue.outcome.satisfaction}`) })}</div>}
      {issue.typical && <div className="badge">{t('engagement.typical')}{issue.typicalNote ? `：${issue.typicalNote}` : ''}</div>}
      <div className="actions">
        {!issue.letter && !issue.solvedOnSite && (organiser || deputy) && (
          <button type="button" aria-expanded={form === 'letter'} onClick={() => setForm(form === 'letter' ? null : 'letter')}>
            {t('engagement.letter.write')}
          </button>
        )}
        {organiser && !issue.typical && (
          <button type="button" className="link" aria-expanded={form === 'typical'} onClick={() => setForm(form === 'typical' ? null : 'typical')}>
            {t('engagement.typical.flag')}
          </button>
        )}
      </div>
      {form === 'letter' && <WorkLetterForm issue={issue} signers={signers} onCancel={() => setForm(null)} onSent={() => (setForm(null), onChanged(t('engagement.done.letter')))} />}
      {form === 'typical' && (
        <NoteForm
          noteLabel={t('engagement.typical.note')}
          noteRequired
          submitLabel={t('engagement.typical.flag')}
          onCancel={() => setForm(null)}
          onSubmit={async ({ note }) => {
            await api('POST', `/receptions/issues/${issue.id}/typical`, { body: { note } });
            setForm(null);
            onChanged(t('engagement.done.typical'));
          }}
        />
      )}
    </li>
  );
}
