import { useState, type FormEvent } from 'react';
import type { CivicRequestView } from '../../api/api-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { RatingFields } from '../../ui/rating-fields';
import { ErrorMessage } from '../../ui/status';
import { useSubmit } from '../../ui/use-async';

/** Statuses in which the unit has answered (or its time ran out) and the resident is asked. */
const RATABLE = new Set(['replied', 'expired']);

/**
 * The resident rates their own request once it is answered: solved? how satisfied? It counts as a
 * valid callback (回访), so the call centre need not call.
 */
export function RateRequest({ request, onRated }: { request: CivicRequestView; onRated(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [open, setOpen] = useState(false);
  const [solved, setSolved] = useState<'yes' | 'no'>('yes');
  const [satisfaction, setSatisfaction] = useState('satisfied');
  const rate = useSubmit(async () => {
    await api('POST', `/requests/${request.id}/callbacks`, { body: { reached: true, solved: solved === 'yes', satisfaction } });
    setOpen(false);
    onRated();
  });
  if (!RATABLE.has(request.status)) return null;
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('resident.rate.open')}
      </button>
    );
  }
  return (
    <form
      className="form-grid"
      aria-labelledby={`rate-${request.id}`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void rate.run();
      }}
    >
      <h3 id={`rate-${request.id}`}>{t('resident.rate.title')}</h3>
      <RatingFields idSuffix={request.id} solved={solved} onSolved={setSolved} satisfaction={satisfaction} onSatisfaction={setSatisfaction} />
      <ErrorMessage error={rate.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={rate.submitting}>
          {rate.submitting ? t('common.submitting') : t('resident.rate.submit')}
        </button>
      </div>
    </form>
  );
}
