import { useState, type FormEvent } from 'react';
import type { QueueEntry } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { SubNav } from '../ui/sub-nav';
import { useAsync, useSubmit } from '../ui/use-async';
import { TriageForm } from './agent/triage-form';
import { RedispatchList } from './dispatch/redispatch-list';
import { SimilarRequests } from './dispatch/similar-requests';
import { CoHandlerPicker } from '../ui/co-handler-picker';
import { fieldProblems } from '../ui/field-problems';

const SECTIONS = ['queue', 'redispatch'] as const;
type Section = (typeof SECTIONS)[number];

/** 派单员: requests the catalogue could not settle, with the suggested unit. */
export function DispatchQueueView() {
  const { t } = useI18n();
  const { api } = useAuth();
  const [done, setDone] = useState<string | null>(null);
  const [section, setSection] = useState<Section>('queue');
  const queue = useAsync(async () => (await api<QueueEntry[]>('GET', '/dispatch/queue')).body, [api]);
  const nav = <SubNav label={t('dispatch.sections')} sections={SECTIONS} current={section} prefix="dispatch.section." onChange={setSection} />;
  if (section === 'redispatch') {
    return (
      <>
        {nav}
        <RedispatchList />
      </>
    );
  }
  return (
    <>
      {nav}
      <section className="card" aria-labelledby="queue-title">
        <div className="card-head">
          <h2 id="queue-title">{t('dispatch.queue.title')}</h2>
          <button type="button" onClick={queue.reload}>
            {t('common.refresh')}
          </button>
        </div>
        {queue.loading && !queue.data && <Loading />}
        <ErrorMessage error={queue.error} />
        <Success>{done}</Success>
        {queue.data?.length === 0 && <p>{t('dispatch.queue.empty')}</p>}
        <ul className="request-list">
          {queue.data?.map((entry) => (
            <QueueRow
              key={entry.requestId}
              entry={entry}
              onDispatched={(message) => {
                setDone(message);
                queue.reload();
              }}
            />
          ))}
        </ul>
      </section>
    </>
  );
}

function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object' && 'note' in reason) return String((reason as { note: unknown }).note);
  return reason ? JSON.stringify(reason) : '';
}

function QueueRow({ entry, onDispatched }: { entry: QueueEntry; onDispatched(message: string): void }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useAuth();
  const { categoryName, areaName, unitName, unitOptions } = useReference();
  const [unitCode, setUnitCode] = useState(entry.suggestedUnitCode ?? '');
  const [note, setNote] = useState('');
  const [coHandlerCodes, setCoHandlerCodes] = useState<string[]>([]);
  const [open, setOpen] = useState<'triage' | 'merge' | null>(null);
  const toggle = (panel: 'triage' | 'merge') => setOpen(open === panel ? null : panel);
  const dispatch = useSubmit(async () => {
    await api('POST', `/requests/${entry.requestId}/dispatch`, { body: { unitCode, note, coHandlerCodes: coHandlerCodes.filter((code) => code !== unitCode) } });
    onDispatched(t('dispatch.done', { unit: unitName(unitCode) }));
  });
  return (
    <li className="request-item" data-request-id={entry.requestId}>
      <div className="request-line">
        <strong>
          {categoryName(entry.categoryCode)} · {areaName(entry.areaCode)}
        </strong>
        <span className="badge">{t(`urgency.${entry.urgency}`)}</span>
      </div>
      <div className="muted">
        {t('dispatch.queuedAt')}: {formatDateTime(entry.queuedAt)} · {t('dispatch.suggested')}: {entry.suggestedUnitCode ? unitName(entry.suggestedUnitCode) : t('common.none')}
      </div>
      {reasonText(entry.reason) && (
        <div className="muted">
          {t('dispatch.reason')}: {reasonText(entry.reason)}
        </div>
      )}
      <form
        className="form-grid"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void dispatch.run();
        }}
      >
        <SelectField label={t('dispatch.unit')} name="unitCode" value={unitCode} options={unitOptions} onChange={setUnitCode} required />
        <Field label={t('dispatch.note')}>{(id) => <input id={id} name="note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />}</Field>
        <CoHandlerPicker id={`co-handlers-${entry.requestId}`} leadUnitCode={unitCode} selected={coHandlerCodes} onChange={setCoHandlerCodes} error={fieldProblems(dispatch.error).coHandlerCodes} />
        <ErrorMessage error={dispatch.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={dispatch.submitting}>
            {dispatch.submitting ? t('common.submitting') : t('dispatch.submit')}
          </button>
          <button type="button" aria-expanded={open === 'triage'} onClick={() => toggle('triage')}>
            {t('triage.open')}
          </button>
          <button type="button" aria-expanded={open === 'merge'} onClick={() => toggle('merge')}>
            {t('merge.open')}
          </button>
        </div>
      </form>
      {open === 'triage' && <TriageForm requestId={entry.requestId} onCancel={() => setOpen(null)} onDone={(outcome) => onDispatched(t('triage.done', { outcome: t(`triage.outcome.${outcome}`) }))} />}
      {open === 'merge' && <SimilarRequests requestId={entry.requestId} onClose={() => setOpen(null)} onMerged={(orderNo) => onDispatched(t('agent.merge.done', { orderNo }))} />}
    </li>
  );
}
