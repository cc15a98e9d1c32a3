import { useState, type FormEvent } from 'react';
import type { DryRunResult } from '../../api/admin-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';
import { SelectField } from '../../ui/fields';
import { fieldProblems } from '../../ui/field-problems';
import { ErrorMessage } from '../../ui/status';
import { useSubmit } from '../../ui/use-async';

/** "Which unit would a request of this category in this place reach?" — GET /admin/catalogue/dry-run. */
export function DryRunForm() {
  const { t } = useI18n();
  const { api } = useAuth();
  const { allCategoryOptions, allAreaOptions } = useReference();
  const [categoryCode, setCategoryCode] = useState('');
  const [areaCode, setAreaCode] = useState('');
  const [result, setResult] = useState<DryRunResult | null>(null);
  const run = useSubmit(async () => {
    setResult(null);
    const query = new URLSearchParams({ categoryCode, areaCode });
    setResult((await api<DryRunResult>('GET', `/admin/catalogue/dry-run?${query}`)).body);
  });
  const problems = fieldProblems(run.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run.run();
  };
  return (
    <section className="card" aria-labelledby="dry-run-title">
      <h2 id="dry-run-title">{t('admin.dryRun.title')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <SelectField label={t('field.category')} name="categoryCode" value={categoryCode} options={allCategoryOptions} onChange={setCategoryCode} required error={problems.categoryCode} />
        <SelectField label={t('field.area')} name="areaCode" value={areaCode} options={allAreaOptions} onChange={setAreaCode} required error={problems.areaCode} />
        <button type="submit" className="primary" disabled={run.submitting}>
          {run.submitting ? t('common.submitting') : t('admin.dryRun.submit')}
        </button>
      </form>
      <ErrorMessage error={run.error} />
      {result && <DryRunAnswer result={result} />}
    </section>
  );
}

function DryRunAnswer({ result }: { result: DryRunResult }) {
  const { t } = useI18n();
  const { unitName, categoryName, areaName } = useReference();
  const ruleText = (rule: { categoryCode: string; areaCode: string | null; priority: number }) =>
    t('admin.dryRun.rule', { category: categoryName(rule.categoryCode), area: rule.areaCode ? areaName(rule.areaCode) : t('admin.rules.anywhere'), priority: rule.priority });
  return (
    <div className="result" role="status" aria-live="polite" data-outcome={result.outcome}>
      <h3>{t(`admin.dryRun.outcome.${result.outcome}`)}</h3>
      {result.outcome === 'queue' ? (
        <dl>
          <dt>{t('dispatch.suggested')}</dt>
          <dd>{result.suggestedUnitCode ? unitName(result.suggestedUnitCode) : t('common.none')}</dd>
          <dt>{t('admin.dryRun.why')}</dt>
          <dd>{result.why}</dd>
          <dt>{t('admin.dryRun.candidates')}</dt>
          <dd>{result.candidates.map((rule) => `${unitName(rule.leadUnitCode)}（${ruleText(rule)}）`).join('；') || t('common.none')}</dd>
        </dl>
      ) : (
        <dl>
          <dt>{t('admin.rules.lead')}</dt>
          <dd data-field="lead">{unitName(result.leadUnitCode)}</dd>
          <dt>{t('admin.rules.coHandlers')}</dt>
          <dd data-field="co-handlers">{result.coHandlerCodes.map(unitName).join('、') || t('common.none')}</dd>
          <dt>{t('admin.dryRun.supervising')}</dt>
          <dd>{result.supervisingUnitCode ? unitName(result.supervisingUnitCode) : t('common.none')}</dd>
          <dt>{t('admin.dryRun.why')}</dt>
          <dd>{result.rule ? ruleText(result.rule) : (result.reason.note ?? t(`admin.dryRun.reason.${result.reason.kind}`))}</dd>
        </dl>
      )}
    </div>
  );
}
