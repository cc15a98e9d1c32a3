import type { ExclusionView } from '../api/oversight-types';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';

/** What was left out of the rates, from whom and why (upheld objections, accepted appeals, unreasonable flags, invalid callbacks). */
export function ExclusionsList({ exclusions }: { exclusions: ExclusionView[] }) {
  const { t, formatDateTime } = useI18n();
  const { unitName } = useReference();
  return (
    <section aria-labelledby="exclusions-title">
      <h3 id="exclusions-title">{t('oversight.exclusions.title', { count: exclusions.length })}</h3>
      {exclusions.length === 0 ? (
        <p>{t('oversight.exclusions.empty')}</p>
      ) : (
        <ul className="request-list">
          {exclusions.map((item) => (
            <li key={`${item.kind}/${item.requestId}/${item.assignmentId ?? ''}/${item.unitCode}`} className="request-item" data-exclusion-kind={item.kind}>
              <div className="request-line">
                <strong>{t(`oversight.exclusions.kind.${item.kind}`)}</strong>
                <span className="muted">{formatDateTime(item.at)}</span>
              </div>
              <div>
                {unitName(item.unitCode)} · {[item.response && t('oversight.exclusions.response'), item.callback && t('oversight.exclusions.callback')].filter(Boolean).join('、')}
              </div>
              <div>{t('oversight.exclusions.reason', { reason: item.reason })}</div>
              {item.note && <div className="muted">{t('oversight.exclusions.note', { note: item.note })}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
