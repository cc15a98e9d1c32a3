import type { CivicRequestView } from '../api/api-types';
import { useI18n } from '../i18n/i18n';

/** What the resident is told when a request left the loop at triage (分类处置) or was merged into another (并单). */
export function RequestOutcome({ request }: { request: CivicRequestView }) {
  const { t } = useI18n();
  const { triage, mergedInto } = request;
  if (mergedInto) {
    return (
      <p className="outcome" data-outcome="merged">
        {t('outcome.merged', { orderNo: mergedInto.orderNo ?? t('common.none') })}
        {mergedInto.reason && <span className="muted"> — {mergedInto.reason}</span>}
      </p>
    );
  }
  if (!triage) return null;
  const headline =
    triage.outcome === 'answered' && triage.article
      ? t('outcome.answered', { title: triage.article.title ?? t('common.none') })
      : triage.outcome === 'handed-to-emergency'
        ? t('outcome.handed-to-emergency', { service: triage.emergencyService ?? t('common.none') })
        : triage.outcome === 'referred'
          ? t('outcome.referred', { to: triage.referredTo ?? t('common.none') })
          : t(`outcome.${triage.outcome}`);
  return (
    <p className="outcome" data-outcome={triage.outcome}>
      {headline}
      {triage.reason && <span className="muted"> — {triage.reason}</span>}
    </p>
  );
}
