import type { DeputyView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';

/** The deputy's public link (网上联络站): residents open it (or its QR code) to write to this deputy. */
export function DeputyLink({ deputy }: { deputy: DeputyView }) {
  const { t } = useI18n();
  const { api, session } = useAuth();
  const link = useAsync(async () => (await api<{ path: string }>('POST', `/stations/deputies/${deputy.id}/link`)).body, [api, deputy.id]);
  const url = link.data ? `${window.location.origin}${link.data.path}?district=${encodeURIComponent(session?.tenant ?? '')}` : '';
  return (
    <section className="card" aria-labelledby="deputy-link-title">
      <h2 id="deputy-link-title">{t('engagement.link.title')}</h2>
      <p className="muted">{t('engagement.link.intro')}</p>
      {link.loading && !link.data && <Loading />}
      <ErrorMessage error={link.error} />
      {link.data && (
        <p>
          <a href={url} data-deputy-link>
            {url}
          </a>
        </p>
      )}
    </section>
  );
}
