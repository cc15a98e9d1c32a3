import { ApiError } from '../api/api-client';
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

/** Shows the server's message (or a network hint); the form around it keeps what the user typed. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof ApiError && error.status === 0 ? t('common.networkError') : error instanceof Error ? error.message : String(error);
  return (
    <p className="status status-error" role="alert">
      {t('common.error', { message })}
    </p>
  );
}

export function Success({ children }: { children: string | null }) {
  if (!children) return null;
  return (
    <p className="status status-ok" role="status" aria-live="polite">
      {children}
    </p>
  );
}
