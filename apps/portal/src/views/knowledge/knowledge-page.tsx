import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ArticleReader } from './article-reader';
import { KnowledgeSearch } from './knowledge-search';
import { initialPublicDistrict, PublicDistrictPicker, SignInLink } from '../../ui/public-district';

/** 知识库 for everyone: published articles of a district, readable without signing in. */
export function KnowledgePage() {
  const { t } = useI18n();
  const [district, setDistrict] = useState(initialPublicDistrict);
  const [reading, setReading] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="knowledge-title">
      <div className="card-head">
        <h2 id="knowledge-title">{t('knowledge.title')}</h2>
        <SignInLink />
      </div>
      <p className="muted">{t('knowledge.intro')}</p>
      <PublicDistrictPicker district={district} onChange={setDistrict} />
      <KnowledgeSearch
        district={district}
        selectedId={reading}
        action={(article) => (
          <button type="button" className="link" aria-expanded={reading === article.id} onClick={() => setReading(reading === article.id ? null : article.id)}>
            {t(reading === article.id ? 'knowledge.close' : 'knowledge.read')}
          </button>
        )}
      />
      {reading && <ArticleReader key={reading} articleId={reading} district={district} />}
    </section>
  );
}
