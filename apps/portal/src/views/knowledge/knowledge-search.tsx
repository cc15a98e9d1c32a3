import { useId, useState, type ReactNode } from 'react';
import type { ArticleSummary } from '../../api/api-types';
import { callApi } from '../../api/api-client';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/status';
import { useAsync } from '../../ui/use-async';
import { useDebounced } from '../../ui/use-debounced';

interface Props {
  /** Without signing in: the district to search (?district=); signed in, the token names it. */
  district?: string;
  /** Per article, e.g. the agent's "answer with this one". */
  action?: (article: ArticleSummary) => ReactNode;
  /** The article chosen, highlighted. */
  selectedId?: string | null;
}

/**
 * 知识库 search as you type (GET /knowledge/articles?q=): published articles, most relevant first.
 * No form of its own, so it can sit inside the agent's registration form (Enter does not submit it).
 */
export function KnowledgeSearch({ district, action, selectedId }: Props) {
  const { t } = useI18n();
  const { session } = useAuth();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const results = useAsync(async () => {
    const params = new URLSearchParams({ q: query, status: 'published', limit: '10' });
    if (!session && district) params.set('district', district);
    return (await callApi<ArticleSummary[]>(session?.token ?? null, 'GET', `/knowledge/articles?${params}`)).body;
  }, [query, district, session]);
  return (
    <div role="search" className="form-grid" aria-label={t('knowledge.region')}>
      <div className="field">
        <label htmlFor={id}>{t('knowledge.search')}</label>
        <input id={id} type="search" name="q" value={q} placeholder={t('knowledge.placeholder')} onChange={(e) => setQ(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()} maxLength={200} />
      </div>
      {results.loading && <Loading />}
      <ErrorMessage error={results.error} />
      {results.data?.length === 0 && !results.loading && <p>{t('knowledge.none')}</p>}
      <ul className="request-list" aria-label={t('knowledge.results')}>
        {results.data?.map((article) => (
          <li key={article.id} className="article" aria-current={selectedId === article.id || undefined} data-article-id={article.id}>
            <strong>{article.title}</strong>
            <p className="muted">{article.excerpt}</p>
            {action?.(article)}
          </li>
        ))}
      </ul>
    </div>
  );
}
