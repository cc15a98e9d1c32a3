import { useState } from 'react';
import type { PreparationView, ReceptionDayDetail } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync, useSubmit } from '../ui/use-async';
import { HoldReceptionForm } from './hold-reception-form';
import { RegisterVisitorForm } from './register-visitor-form';
import { useDeputies } from './use-deputies';
import { Warnings } from './warnings';

const ORGANISERS = ['liaison', 'district-admin'];

/** One reception day: registered visitors and topics, who of the team fits them (step 3), and the steps the user may take now. */
export function ReceptionDayPanel({ dayId, onChanged }: { dayId: string; onChanged(): void }) {
  const { t } = useI18n();
  const { api, session } = useAuth();
  const { categoryName } = useReference();
  const { nameOf } = useDeputies();
  const [message, setMessage] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [form, setForm] = useState<'register' | 'hold' | null>(null);
  const day = useAsync(async () => (await api<ReceptionDayDetail>('GET', `/receptions/${dayId}`)).body, [api, dayId]);
  const allowed = day.data?.allowedActions ?? [];
  const preparation = useAsync(
    async () => (allowed.includes('prepare') && (day.data?.registrations.length ?? 0) > 0 ? (await api<PreparationView>('GET', `/receptions/${dayId}/preparation`)).body : null),
    [api, dayId, allowed.join()],
  );
  const organiser = session?.roles.some((role) => ORGANISERS.includes(role)) ?? false;
  const deputy = session?.roles.includes('deputy') ?? false;
  const step = useSubmit(async (action: 'announce' | 'prepare' | 'archive') => {
    const response = await api<{ warnings?: string[] }>('POST', `/receptions/${dayId}/${action}`);
    setWarnings(response.body.warnings ?? []);
    setMessage(t(`engagement.done.${action}`));
    day.reload();
    onChanged();
  });
  const finished = (text: string, more: string[] = []) => {
    setForm(null);
    setMessage(text);
    setWarnings(more);
    day.reload();
    onChanged();
  };
  if (!day.data) return day.error ? <ErrorMessage error={day.error} /> : <Loading />;
  const data = day.data;
  return (
    <div className="outcome">
      <Success>{message}</Success>
      <Warnings warnings={warnings} />
      <ErrorMessage error={step.error} />
      <h3>{t('engagement.registrations')}</h3>
      {data.registrations.length === 0 && <p className="muted">{t('engagement.registrations.empty')}</p>}
      <ul>
        {data.registrations.map((registration) => {
          const suggested = preparation.data?.matches.find((match) => match.registrationId === registration.id)?.suggested ?? registration.matchedDeputyIds;
          return (
            <li key={registration.id}>
              {registration.visitor ? `${registration.visitor.name}（${registration.visitor.phone}）` : t('common.none')}：{registration.topic}
              {registration.categoryCode && <span className="muted"> · {categoryName(registration.categoryCode)}</span>}
              <div className="muted">
                {t('engagement.suggested')}：{suggested.length > 0 ? suggested.map(nameOf).join('、') : t('engagement.suggested.none')}
              </div>
            </li>
          );
        })}
      </ul>
      {data.issueIds.length > 0 && <p>{t('engagement.day.issues', { count: data.issueIds.length, residents: data.residentsReceived ?? 0 })}</p>}
      <div className="actions">
        {organiser && allowed.includes('announce') && (
          <button type="button" className="primary" disabled={step.submitting} onClick={() => void step.run('announce')}>
            {t('engagement.announce')}
          </button>
        )}
        {organiser && allowed.includes('prepare') && data.registrations.length > 0 && (
          <button type="button" disabled={step.submitting} onClick={() => void step.run('prepare')}>
            {t('engagement.prepare')}
          </button>
        )}
        {organiser && allowed.includes('register-visitor') && (
          <button type="button" aria-expanded={form === 'register'} onClick={() => setForm(form === 'register' ? null : 'register')}>
            {t('engagement.register')}
          </button>
        )}
        {(organiser || deputy) && allowed.includes('hold') && (
          <button type="button" aria-expanded={form === 'hold'} onClick={() => setForm(form === 'hold' ? null : 'hold')}>
            {t('engagement.hold')}
          </button>
        )}
        {organiser && allowed.includes('archive') && (
          <button type="button" disabled={step.submitting} onClick={() => void step.run('archive')}>
            {t('engagement.archive')}
          </button>
        )}
      </div>
      {form === 'register' && <RegisterVisitorForm receptionId={dayId} onDone={() => finished(t('engagement.done.register'))} onCancel={() => setForm(null)} />}
      {form === 'hold' && <HoldReceptionForm day={data} onDone={(more) => finished(t('engagement.done.hold'), more)} onCancel={() => setForm(null)} />}
    </div>
  );
}
