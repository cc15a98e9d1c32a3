import { useState } from 'react';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { DEMO_USERS } from '../../reference/demo-reference';
import { navigate } from '../../routing/router';
import { SelectField } from '../../ui/fields';
import { ArticleReader } from './article-reader';
import { KnowledgeSearch } from './knowledge-search';

/** The district named in the address (?district=demo), else the first demo district. */
function initialDistrict(): string {
  return new URLSearchParams(window.location.search).get('district') ?? DEMO_USERS[0]?.tenant ?? 'demo';
}

/** 知识库 for everyone: published articles of a district, readable without signing in. */
export function KnowledgePage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const [district, setDistrict] = useState(initialDistrict);
  const [reading, setReading] = useState<string | null>(null);
  const districts = [...new Set([district, ...DEMO_USERS.map((user) => user.tenant)])];
  return (
    <section className="card" aria-labelledby="knowledge-title">
      <div className="card-head">
        <h2 id="knowledge-title">{t('knowledge.title')}</h2>
        {!session && (
          <a
            href="/"
            onClick={(event) => {
              event.preventDefault();
              navigate('/');
            }}
          >
            {t('knowledge.toSignIn')}
          </a>
        )}
      </div>
      <p className="muted">{t('knowledge.intro')}</p>
      {!session && <SelectField label={t('knowledge.district')} name="district" value={district} options={districts.map((code) => ({ value: code, label: code }))} onChange={(value) => value && setDistrict(value)} required />}
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
