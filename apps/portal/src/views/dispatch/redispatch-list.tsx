import { useState, type FormEvent } from 'react';
import type { CivicRequestView } from '../../api/api-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';
import { Field, SelectField, FormActions } from '../../ui/fields';
import { fieldProblems } from '../../ui/field-problems';
import { ErrorMessage, Loading, Success } from '../../ui/status';
import { useAsync, useSubmit } from '../../ui/use-async';

/** 改派: orders sent but not yet signed for, which a dispatcher may send to another unit with a reason. */
export function RedispatchList() {
  const { t } = useI18n();
  const { api } = useAuth();
  const { unitName } = useReference();
  const [done, setDone] = useState<string | null>(null);
  const orders = useAsync(async () => (await api<CivicRequestView[]>('GET', '/requests?status=dispatched&limit=50')).body, [api]);
  return (
    <section className="card" aria-labelledby="redispatch-title">
      <div className="card-head">
        <h2 id="redispatch-title">{t('redispatch.title')}</h2>
        <button type="button" onClick={orders.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {orders.loading && !orders.data && <Loading />}
      <ErrorMessage error={orders.error} />
      <Success>{done}</Success>
      {orders.data?.length === 0 && <p>{t('redispatch.empty')}</p>}
      <ul className="request-list">
        {orders.data?.map((request) => (
          <RedispatchRow
            key={request.id}
            request={request}
            onDone={(unit) => {
              setDone(t('redispatch.done', { orderNo: request.orderNo, unit: unitName(unit) }));
              orders.reload();
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function RedispatchRow({ request, onDone }: { request: CivicRequestView; onDone(unit: string): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { categoryName, areaName, unitName, unitOptions } = useReference();
  const [open, setOpen] = useState(false);
  const [unitCode, setUnitCode] = useState('');
  const [reason, setReason] = useState('');
  const redispatch = useSubmit(async () => {
    await api('POST', `/requests/${request.id}/redispatch`, { body: { unitCode, reason } });
    onDone(unitCode);
  });
  const problems = fieldProblems(redispatch.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void redispatch.run();
  };
  return (
    <li className="request-item" data-request-id={request.id}>
      <div className="request-line">
        <strong>{request.orderNo}</strong>
        <span className="muted">{request.currentUnitCode ? unitName(request.currentUnitCode) : t('common.none')}</span>
      </div>
      <div>
        {categoryName(request.categoryCode)} · {areaName(request.areaCode)} · {request.address}
      </div>
      <div className="muted">{request.description}</div>
      {!open && (
        <div className="actions">
          <button type="button" onClick={() => setOpen(true)}>
            {t('redispatch.open')}
          </button>
        </div>
      )}
      {open && (
        <form className="form-grid" onSubmit={submit}>
          <SelectField label={t('redispatch.unit')} name="unitCode" value={unitCode} options={unitOptions.filter((unit) => unit.value !== request.currentUnitCode)} onChange={setUnitCode} required error={problems.unitCode} />
          <Field label={t('redispatch.reason')} error={problems.reason}>
            {(id, describedBy, invalid) => <input id={id} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} required minLength={2} maxLength={1000} aria-describedby={describedBy} aria-invalid={invalid || undefined} />}
          </Field>
          <ErrorMessage error={redispatch.error} />
          <FormActions submitLabel={t('redispatch.submit')} submitting={redispatch.submitting} onCancel={() => setOpen(false)} />
        </form>
      )}
    </li>
  );
}
