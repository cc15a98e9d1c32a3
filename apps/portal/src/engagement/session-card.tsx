import { useState } from 'react';
import type { DeliberationSessionView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { NoteForm } from '../oversight/note-form';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { DecideForm } from './decide-form';
import { VoteForm } from './vote-form';

/** One deliberation session: agenda with options and vote counts, decision, tasks with owners and dates; the step allowed now. */
export function SessionCard({ session, canAct, onChanged }: { session: DeliberationSessionView; canAct: boolean; onChanged(message: string): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [form, setForm] = useState<string | null>(null);
  const allowed = canAct ? session.allowedActions : [];
  const toggle = (name: string) => setForm(form === name ? null : name);
  const close = useSubmit(async () => {
    await api('POST', `/deliberation/sessions/${session.id}/close`);
    onChanged(t('engagement.session.done.close'));
  });
  const done = (text: string) => {
    setForm(null);
    onChanged(text);
  };
  return (
    <li className="request-item" data-session-id={session.id}>
      <div className="request-line">
        <strong>
          {session.date} · {session.communityName} · {session.place}
        </strong>
        <span className="badge">{t(`engagement.sessionState.${session.state}`)}</span>
      </div>
      <div className="muted">
        {t('engagement.session.participants')}：{session.participants.map((p) => `${p.name}（${t(`engagement.party.${p.role}`)}${p.votes ? '' : `，${t('engagement.session.noVote')}`}）`).join('、')}
      </div>
      {session.minutes && <div className="reply">{session.minutes}</div>}
      <ol>
        {session.agenda.map((item) => (
          <li key={item.id} data-item-id={item.id}>
            <strong>{item.issueText}</strong>
            <ul>
              {item.options.map((option, i) => (
                <li key={option}>
                  {option}
                  {item.counts && `：${t('engagement.session.count', { count: item.counts[i] ?? 0 })}`}
                  {item.counts && item.leading.includes(i) && <span className="badge"> {t('engagement.session.leading')}</span>}
                </li>
              ))}
            </ul>
            {item.decision && (
              <div className="outcome">
                {item.decision.kind === 'option' ? t('engagement.session.decidedOption', { option: item.decision.optionText }) : t('engagement.session.decidedOrder', { unit: item.decision.unitName, orderNo: item.decision.orderNo })}
              </div>
            )}
            {allowed.includes('vote') && (
              <button type="button" className="link" aria-expanded={form === `vote-${item.id}`} onClick={() => toggle(`vote-${item.id}`)}>
                {t('engagement.session.vote')}
              </button>
            )}
            {form === `vote-${item.id}` && <VoteForm sessionId={session.id} item={item} voters={session.voters} onCancel={() => setForm(null)} onDone={() => done(t('engagement.session.done.vote'))} />}
          </li>
        ))}
      </ol>
      {session.tasks.length > 0 && (
        <>
          <h3>{t('engagement.session.tasks')}</h3>
          <ul>
            {session.tasks.map((task) => (
              <li key={task.id} data-task-id={task.id}>
                {task.title} · {task.ownerName}（{t(`engagement.party.${task.ownerRole}`)}）· {t('engagement.session.due', { date: task.dueDate })}{' '}
                <span className={`badge${task.late ? ' badge-late' : task.doneAt ? ' badge-closed' : ''}`}>{t(task.doneAt ? 'engagement.session.taskDone' : task.late ? 'engagement.standing.late' : 'engagement.standing.open')}</span>
                {task.note && <span className="muted"> {task.note}</span>}
                {!task.doneAt && allowed.includes('complete-task') && (
                  <button type="button" className="link" aria-expanded={form === `task-${task.id}`} onClick={() => toggle(`task-${task.id}`)}>
                    {t('engagement.session.markDone')}
                  </button>
                )}
                {form === `task-${task.id}` && (
                  <NoteForm
                    noteLabel={t('engagement.session.doneNote')}
                    noteRequired
                    submitLabel={t('engagement.session.markDone')}
                    onCancel={() => setForm(null)}
                    onSubmit={async ({ note }) => {
                      await api('POST', `/deliberation/sessions/${session.id}/tasks/${task.id}/done`, { body: { note } });
                      done(t('engagement.session.done.task'));
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorMessage error={close.error} />
      <div className="actions">
        {allowed.includes('hold') && (
          <button type="button" className="primary" aria-expanded={form === 'hold'} onClick={() => toggle('hold')}>
            {t('engagement.session.hold')}
          </button>
        )}
        {allowed.includes('decide') && (
          <button type="button" className="primary" aria-expanded={form === 'decide'} onClick={() => toggle('decide')}>
            {t('engagement.session.decide')}
          </button>
        )}
        {allowed.includes('close') && (
          <button type="button" disabled={close.submitting} onClick={() => void close.run()}>
            {t('engagement.session.close')}
          </button>
        )}
      </div>
      {form === 'hold' && (
        <NoteForm
          noteLabel={t('engagement.session.minutes')}
          submitLabel={t('engagement.session.hold')}
          onCancel={() => setForm(null)}
          onSubmit={async ({ note }) => {
            await api('POST', `/deliberation/sessions/${session.id}/hold`, { body: note ? { minutes: note } : {} });
            done(t('engagement.session.done.hold'));
          }}
        />
      )}
      {form === 'decide' && <DecideForm session={session} onCancel={() => setForm(null)} onDone={() => done(t('engagement.session.done.decide'))} />}
    </li>
  );
}
