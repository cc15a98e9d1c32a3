import type { CoHandlerStanding } from '../../api/api-types';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';

/** On the lead's order: each co-handler (吹哨报到), signed? reported? late? — and what it reported. */
export function CoHandlerList({ coHandlers }: { coHandlers: CoHandlerStanding[] }) {
  const { t, formatDateTime } = useI18n();
  const { unitName } = useReference();
  if (coHandlers.length === 0) return null;
  return (
    <div className="reply">
      <strong>{t('unit.coHandlers.title')}</strong>
      <ul className="timeline-steps" aria-label={t('unit.coHandlers.title')}>
        {coHandlers.map((co) => (
          <li key={co.assignmentId} data-co-handler={co.unitCode} data-late={co.late}>
            {unitName(co.unitCode)} · {co.signedAt ? t('unit.coHandlers.signed', { at: formatDateTime(co.signedAt) }) : t('unit.coHandlers.unsigned')} ·{' '}
            {co.reportedAt ? t('unit.coHandlers.reported', { at: formatDateTime(co.reportedAt) }) : t('unit.coHandlers.notReported', { due: formatDateTime(co.reportDeadline) })}
            {co.late && <span className="badge badge-late"> {co.reportLate ? t('unit.coHandlers.reportLate') : t('unit.coHandlers.signLate')}</span>}
            {co.reportText && <div className="muted">{t('unit.coHandlers.report', { text: co.reportText })}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}
