import { useState } from 'react';
import type { CatalogueRule } from '../../api/admin-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../../ui/status';
import { useAsync, useSubmit } from '../../ui/use-async';
import { RuleForm } from './rule-form';
import { TableScroll } from '../../ui/table-scroll';

/** 派单目录: the catalogue's rules in a table, each editable and removable, and new rules added. */
export function CatalogueRules() {
  const { t } = useI18n();
  const { api } = useAuth();
  const [editing, setEditing] = useState<CatalogueRule | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const rules = useAsync(async () => (await api<CatalogueRule[]>('GET', '/admin/catalogue/rules')).body, [api]);
  return (
    <section className="card" aria-labelledby="rules-title">
      <div className="card-head">
        <h2 id="rules-title">{t('admin.rules.title')}</h2>
        <button type="button" aria-expanded={editing === 'new'} onClick={() => (setDone(null), setEditing('new'))}>
          {t('admin.rules.new')}
        </button>
      </div>
      {rules.loading && !rules.data && <Loading />}
      <ErrorMessage error={rules.error} />
      <Success>{done}</Success>
      {editing && (
        <RuleForm
          key={editing === 'new' ? 'new' : editing.id}
          rule={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setDone(t('admin.rules.saved'));
            setEditing(null);
            rules.reload();
          }}
        />
      )}
      {rules.data?.length === 0 && <p>{t('admin.rules.empty')}</p>}
      {rules.data && rules.data.length > 0 && (
        <TableScroll label={t('admin.rules.title')}>
          <table className="rates">
            <caption className="visually-hidden">{t('admin.rules.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.category')}</th>
                <th scope="col">{t('field.area')}</th>
                <th scope="col">{t('admin.rules.lead')}</th>
                <th scope="col">{t('admin.rules.coHandlers')}</th>
                <th scope="col">{t('admin.rules.priority')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.map((rule) => (
                <RuleRow key={rule.id} rule={rule} onEdit={() => (setDone(null), setEditing(rule))} onDeleted={() => (setDone(t('admin.rules.deleted')), rules.reload())} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function RuleRow({ rule, onEdit, onDeleted }: { rule: CatalogueRule; onEdit(): void; onDeleted(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { categoryName, areaName, unitName } = useReference();
  const [confirming, setConfirming] = useState(false);
  const remove = useSubmit(async () => {
    await api('DELETE', `/admin/catalogue/rules/${rule.id}`);
    onDeleted();
  });
  return (
    <tr data-rule-id={rule.id}>
      <th scope="row">{categoryName(rule.categoryCode)}</th>
      <td>{rule.areaCode ? areaName(rule.areaCode) : t('admin.rules.anywhere')}</td>
      <td>{unitName(rule.leadUnitCode)}</td>
      <td>{rule.coHandlerCodes.length > 0 ? rule.coHandlerCodes.map(unitName).join('、') : t('common.none')}</td>
      <td>{rule.priority}</td>
      <td>
        <div className="actions">
          <button type="button" onClick={onEdit}>
            {t('admin.edit')}
          </button>
          {confirming ? (
            <button type="button" className="primary" disabled={remove.submitting} onClick={() => void remove.run()} autoFocus>
              {t('admin.rules.confirmDelete')}
            </button>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('admin.delete')}
            </button>
          )}
        </div>
        <ErrorMessage error={remove.error} />
      </td>
    </tr>
  );
}
