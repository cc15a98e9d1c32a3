import { useState } from 'react';
import type { ReceptionLeg, ReplyLegView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { NoteForm } from '../oversight/note-form';
import { useNow } from '../ui/use-async';
import { legStanding } from './reception-rules';

/**
 * The reply chain of a reception letter or a handed-on station issue (1 week to the liaison, 1 month
 * to the deputy, relayed to the resident), each leg with its deadline; open legs answered by those
 * who may, at `replyPath`/<leg>/reply.
 */
export function LegList({ legs, replyPath, canReply, onReplied }: { legs: ReplyLegView[]; replyPath: string; canReply(leg: ReceptionLeg): boolean; onReplied(): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const now = useNow(60_000);
  const [replying, setReplying] = useState<ReceptionLeg | null>(null);
  return (
    <ol className="timeline-steps">
      {legs.map((leg) => {
        const standing = legStanding(leg, now);
        return (
          <li key={leg.leg} data-leg={leg.leg} data-standing={standing}>
            <strong>{t(`engagement.leg.${leg.leg}`)}</strong>{' '}
            <span className={`badge${standing === 'late' ? ' badge-late' : standing === 'replied' ? ' badge-closed' : ''}`}>{t(`engagement.standing.${standing}`)}</span>
            {leg.dueAt && <span className={`deadline${standing === 'late' ? ' deadline-overdue' : ''}`}> {t('engagement.leg.due', { at: formatDateTime(leg.dueAt) })}</span>}
            {leg.escalatedAt && <span className="deadline deadline-overdue"> {t('engagement.leg.escalated', { at: formatDateTime(leg.escalatedAt) })}</span>}
            {leg.repliedAt && (
              <div className="reply">
                {t('engagement.leg.replied', { at: formatDateTime(leg.repliedAt) })}：{leg.note}
              </div>
            )}
            {leg.state === 'open' && canReply(leg.leg) && (
              <div>
                <button type="button" className="link" aria-expanded={replying === leg.leg} onClick={() => setReplying(replying === leg.leg ? null : leg.leg)}>
                  {t('engagement.leg.reply')}
                </button>
              </div>
            )}
            {replying === leg.leg && (
              <NoteForm
                noteLabel={t('engagement.leg.note')}
                noteRequired
                submitLabel={t('engagement.leg.replySubmit')}
                onCancel={() => setReplying(null)}
                onSubmit={async ({ note }) => {
                  await api('POST', `${replyPath}/${leg.leg}/reply`, { body: { note } });
                  setReplying(null);
                  onReplied();
                }}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
