import { useState, type FormEvent } from 'react';
import { callApi } from '../api/api-client';
import type { FollowedMessage } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';

/** Follow a message to a deputy by its number and code, without an account (查询留言). */
export function FollowMessage({ district, initial }: { district: string; initial?: { messageNo: string; code: string } }) {
  const { t, formatDateTime } = useI18n();
  const { session } = useAuth();
  const [messageNo, setMessageNo] = useState(initial?.messageNo ?? '');
  const [code, setCode] = useState(initial?.code ?? '');
  const [found, setFound] = useState<FollowedMessage | null>(null);
  const follow = useSubmit(async () => {
    setFound(null);
    const query = session ? '' : `?district=${encodeURIComponent(district)}`;
    setFound((await callApi<FollowedMessage>(session?.token ?? null, 'POST', `/public/station-messages/follow${query}`, { body: { messageNo: messageNo.trim(), code: code.trim() } })).body);
  });
  return (
    <section className="card" aria-labelledby="follow-title">
      <h2 id="follow-title">{t('engagement.follow.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void follow.run();
        }}
      >
        <Field label={t('engagement.follow.messageNo')}>{(id) => <input id={id} required value={messageNo} onChange={(e) => setMessageNo(e.target.value)} />}</Field>
        <Field label={t('engagement.follow.code')}>{(id) => <input id={id} required value={code} onChange={(e) => setCode(e.target.value)} />}</Field>
        <button type="submit" disabled={follow.submitting}>
          {t('engagement.follow.submit')}
        </button>
      </form>
      <ErrorMessage error={follow.error} />
      {found && (
        <div className="outcome" data-followed={found.messageNo}>
          <div className="request-line">
            <strong>{found.messageNo}</strong>
            <span className="badge">{t(`engagement.station.state.${found.state}`)}</span>
          </div>
          <p>{found.text}</p>
          <div className="muted">{t('engagement.follow.to', { names: found.deputies.map((deputy) => deputy.name).join('、'), at: formatDateTime(found.receivedAt) })}</div>
          {found.reply && (
            <div className="reply">
              {t('engagement.station.reply', { at: formatDateTime(found.reply.at) })}：{found.reply.text}
            </div>
          )}
          {found.request && <div>{t('engagement.follow.request', { orderNo: found.request.orderNo, status: t(`status.${found.request.status}`) })}</div>}
          {found.unitReply && (
            <div className="reply">
              {t('engagement.station.unitReply', { at: formatDateTime(found.unitReply.repliedAt) })}：{found.unitReply.text}
            </div>
          )}
          {found.relay && (
            <div className="reply" data-relay>
              {t('engagement.follow.relay', { at: formatDateTime(found.relay.at) })}：{found.relay.text}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
