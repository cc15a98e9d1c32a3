import { useState, type FormEvent } from 'react';
import { UNIT_KINDS, type ReferenceTree } from '../../api/admin-types';
import { useAuth } from '../../auth/auth-context';
import { useI18n } from '../../i18n/i18n';
import type { Option } from '../../reference/district-reference';
import { Field, SelectField, FormActions } from '../../ui/fields';
import { fieldProblems } from '../../ui/field-problems';
import { ErrorMessage } from '../../ui/status';
import { useSubmit } from '../../ui/use-async';
import type { TreeNode } from './tree-list';

interface Props {
  tree: ReferenceTree;
  /** The node being changed, or null for a new one. */
  editing: TreeNode | null;
  parents: Option[];
  onSaved(message: string): void;
  onCancel(): void;
}

/** Create or change one node of a tree: PUT /admin/{units|areas|categories}/{code}; on a 400 the input stays. */
export function NodeForm({ tree, editing, parents, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [code, setCode] = useState(editing?.code ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [parentCode, setParentCode] = useState(editing?.parentCode ?? '');
  const [kind, setKind] = useState(editing?.kind ?? 'department');
  // Categories: '' keeps the category's setting (a new one dispatches automatically).
  const [autoDispatch, setAutoDispatch] = useState('');
  const save = useSubmit(async () => {
    const body: Record<string, unknown> = { name, parentCode: parentCode || null };
    if (tree === 'units') body.kind = kind;
    if (tree === 'categories' && autoDispatch) body.autoDispatch = autoDispatch === 'true';
    await api('PUT', `/admin/${tree}/${encodeURIComponent(code.trim())}`, { body });
    onSaved(t('admin.tree.saved', { name }));
  });
  const problems = fieldProblems(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  const title = editing ? t('admin.tree.editTitle', { name: editing.name }) : t(`admin.tree.new.${tree}`);
  return (
    <form className="form-grid" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <Field label={t('admin.code')} hint={t('admin.codeHint')} error={problems.code}>
        {(id, describedBy, invalid) => (
          <input id={id} name="code" value={code} onChange={(e) => setCode(e.target.value)} required maxLength={100} readOnly={Boolean(editing)} aria-describedby={describedBy} aria-invalid={invalid || undefined} autoFocus={!editing} />
        )}
      </Field>
      <Field label={t('admin.name')} error={problems.name}>
        {(id, describedBy, invalid) => <input id={id} name="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} aria-describedby={describedBy} aria-invalid={invalid || undefined} autoFocus={Boolean(editing)} />}
      </Field>
      <SelectField label={t('admin.parent')} name="parentCode" value={parentCode} options={parents.filter((option) => option.value !== code)} onChange={setParentCode} emptyLabel={t('admin.noParent')} error={problems.parentCode} />
      {tree === 'units' && <SelectField label={t('admin.kind')} name="kind" value={kind} options={UNIT_KINDS} prefix="admin.kind." onChange={setKind} required error={problems.kind} />}
      {tree === 'categories' && (
        <SelectField label={t('admin.autoDispatch')} name="autoDispatch" value={autoDispatch} options={['true', 'false']} prefix="admin.autoDispatch." onChange={setAutoDispatch} emptyLabel={t(editing ? 'admin.autoDispatch.keep' : 'admin.autoDispatch.true')} error={problems.autoDispatch} />
      )}
      <ErrorMessage error={save.error} />
      <FormActions submitLabel={t('admin.save')} submitting={save.submitting} onCancel={onCancel} />
    </form>
  );
}
