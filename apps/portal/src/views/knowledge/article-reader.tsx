import type { ArticleView } from '../../api/api-types';
import { callApi } from '../../api/api-client';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/status';
import { useAsync } from '../../ui/use-async';

/** One article in full (GET /knowledge/articles/:id; without a token, of ?district=). */
export function ArticleReader({ articleId, district }: { articleId: string; district: string }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const article = useAsync(async () => {
    const query = session ? '' : `?district=${encodeURIComponent(district)}`;
    return (await callApi<ArticleView>(session?.token ?? null, 'GET', `/knowledge/articles/${articleId}${query}`)).body;
  }, [articleId, district, session]);
  if (article.loading && !article.data) return <Loading />;
  if (!article.data) return <ErrorMessage error={article.error} />;
  return (
    <article className="article" aria-labelledby={`article-${articleId}`}>
      <h3 id={`article-${articleId}`}>{article.data.title}</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{article.data.body}</p>
      <p className="muted">
        {t('knowledge.valid', { from: article.data.validFrom ?? t('common.none'), to: article.data.validTo ?? t('knowledge.noEnd') })}
      </p>
    </article>
  );
}
