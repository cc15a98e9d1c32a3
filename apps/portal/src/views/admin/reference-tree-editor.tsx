import { useState } from 'react';
import type { ReferenceTree } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../../ui/status';
import { NodeForm } from './node-form';
import { TreeList, type TreeNode } from './tree-list';

/** One of the district's trees (units, areas, categories): shown as a tree, each node editable, new nodes added. */
export function ReferenceTreeEditor({ tree }: { tree: ReferenceTree }) {
  const { t } = useI18n();
  const reference = useReference();
  const [editing, setEditing] = useState<TreeNode | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const nodes: TreeNode[] = reference.data[tree];
  const parents = nodes.map((node) => ({ value: node.code, label: `${node.name} (${node.code})` }));
  const titleId = `tree-${tree}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>{t(`admin.tree.${tree}`)}</h2>
        <button type="button" onClick={() => (setDone(null), setEditing('new'))} aria-expanded={editing === 'new'}>
          {t(`admin.tree.new.${tree}`)}
        </button>
      </div>
      {!reference.loaded && !reference.error && <Loading />}
      <ErrorMessage error={reference.error} />
      <Success>{done}</Success>
      {editing && (
        <NodeForm
          key={editing === 'new' ? 'new' : editing.code}
          tree={tree}
          editing={editing === 'new' ? null : editing}
          parents={parents}
          onCancel={() => setEditing(null)}
          onSaved={(message) => {
            setDone(message);
            setEditing(null);
            reference.reload();
          }}
        />
      )}
      {reference.loaded && nodes.length === 0 && <p>{t('common.empty')}</p>}
      <TreeList nodes={nodes} label={t(`admin.tree.${tree}`)} onEdit={(node) => (setDone(null), setEditing(node))} />
    </section>
  );
}
