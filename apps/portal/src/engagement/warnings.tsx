import { useI18n } from '../i18n/i18n';
import { ruleText } from './rule-text';

/** The backend's warnings (a rule named, not a refusal): e.g. fewer than three residents, announced late. */
export function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t, locale } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="notice" role="status">
      <strong>{t('engagement.warnings')}</strong>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{ruleText(warning, locale)}</li>
        ))}
      </ul>
    </div>
  );
}
