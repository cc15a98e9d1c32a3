import { useState, type FormEvent } from 'react';
import { callApi } from '../api/api-client';
import type { DeputyLinkView, WrittenMessage } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { DEMO_USERS } from '../reference/demo-reference';
import { usePath } from '../routing/router';
import { fieldProblems } from '../ui/field-problems';
import { Field } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync, useSubmit } from '../ui/use-async';
import { deputyLinkToken } from './deputy-link-path';
import { FollowMessage } from './follow-message';

/** 网上联络站: a resident writes to a deputy through the deputy's link, signed in or not, and keeps the number and code to follow it. */
export function WriteToDeputyPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const token = deputyLinkToken(usePath()) ?? '';
  const district = new URLSearchParams(window.location.search).get('district') ?? session?.tenant ?? DEMO_USERS[0]?.tenant ?? 'demo';
  const query = session ? '' : `?district=${encodeURIComponent(district)}`;
  const deputy = useAsync(async () => (await callApi<DeputyLinkView>(session?.token ?? null, 'GET', `/public/deputy-links/${encodeURIComponent(token)}${query}`)).body, [session, token, query]);
  const [values, setValues] = useState({ text: '', name: '', phone: '', address: '' });
  const [written, setWritten] = useState<WrittenMessage | null>(null);
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const submit = useSubmit(async () => {
    // Name and phone always: the unit that takes the matter on calls the writer (a resident's account is linked too).
    const body = { text: values.text.trim(), name: values.name.trim(), phone: values.phone.trim(), ...(values.address.trim() ? { address: values.address.trim() } : {}) };
    setWritten((await callApi<WrittenMessage>(session?.token ?? null, 'POST', `/public/deputy-links/${encodeURIComponent(token)}/messages${query}`, { body })).body);
  });
  const problems = fieldProblems(submit.error);
  if (!deputy.data) return deputy.error ? <ErrorMessage error={deputy.error} /> : <Loading />;
  const who = deputy.data;
  return (
    <>
      <section className="card" aria-labelledby="write-title">
        <h2 id="write-title">{t('engagement.write.title', { name: who.name })}</h2>
        <p>
          {t(`engagement.body.${who.body}`)} · {who.profession}
          {who.station && ` · ${who.station.name}（${who.station.address}）`}
        </p>
        {written ? (
          <div className="status status-ok" role="status" data-message-no={written.messageNo} data-code={written.code}>
            <p>{t('engagement.write.sent', { name: written.deputy.name })}</p>
            <p>
              <strong>{t('engagement.write.keep', { messageNo: written.messageNo, code: written.code })}</strong>
            </p>
          </div>
        ) : (
          <form
            className="form-grid"
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              void submit.run();
            }}
          >
            <Field label={t('engagement.write.text')} error={problems.text}>
              {(id, describedBy, invalid) => <textarea id={id} rows={5} required maxLength={4000} value={values.text} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('text')(e.target.value)} />}
            </Field>
            <Field label={t('engagement.visitor.name')} error={problems.name}>
              {(id, describedBy, invalid) => <input id={id} required maxLength={100} value={values.name} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('name')(e.target.value)} />}
            </Field>
            <Field label={t('engagement.visitor.phone')} hint={t('engagement.write.phoneHint')} error={problems.phone}>
              {(id, describedBy, invalid) => <input id={id} type="tel" required maxLength={40} value={values.phone} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('phone')(e.target.value)} />}
            </Field>
            <Field label={t('engagement.write.address')} error={problems.address}>
              {(id, describedBy, invalid) => <input id={id} maxLength={500} value={values.address} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set('address')(e.target.value)} />}
            </Field>
            <ErrorMessage error={submit.error} />
            <div className="actions">
              <button type="submit" className="primary" disabled={submit.submitting}>
                {submit.submitting ? t('common.submitting') : t('engagement.write.submit')}
              </button>
            </div>
          </form>
        )}
      </section>
      <FollowMessage key={written?.messageNo ?? ''} district={district} initial={written ?? undefined} />
    </>
  );
}
