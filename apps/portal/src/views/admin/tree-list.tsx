import { useI18n } from '../../i18n/i18n';

export interface TreeNode {
  code: string;
  name: string;
  parentCode?: string | null;
  kind?: string;
}

interface Props {
  nodes: TreeNode[];
  label: string;
  onEdit(node: TreeNode): void;
}

/** A tree as nested lists (screen readers announce the levels); a node whose parent is missing shows at the top. */
export function TreeList({ nodes, label, onEdit }: Props) {
  const codes = new Set(nodes.map((node) => node.code));
  const children = new Map<string | null, TreeNode[]>();
  for (const node of nodes) {
    const parent = node.parentCode && codes.has(node.parentCode) ? node.parentCode : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  return (
    <ul className="tree" aria-label={label}>
      <Branch parent={null} childrenOf={children} onEdit={onEdit} depth={0} />
    </ul>
  );
}

function Branch({ parent, childrenOf, onEdit, depth }: { parent: string | null; childrenOf: Map<string | null, TreeNode[]>; onEdit(node: TreeNode): void; depth: number }) {
  const { t } = useI18n();
  // Depth guard: the server refuses cycles, but a list must never recurse forever.
  if (depth > 20) return null;
  return (
    <>
      {(childrenOf.get(parent) ?? []).map((node) => (
        <li key={node.code} data-code={node.code}>
          <span className="tree-node">
            <span>{node.name}</span>
            <code>{node.code}</code>
            {node.kind && <span className="badge">{t(`admin.kind.${node.kind}`)}</span>}
            <button type="button" className="link" onClick={() => onEdit(node)} aria-label={t('admin.tree.editNode', { name: node.name })}>
              {t('admin.edit')}
            </button>
          </span>
          {childrenOf.has(node.code) && (
            <ul>
              <Branch parent={node.code} childrenOf={childrenOf} onEdit={onEdit} depth={depth + 1} />
            </ul>
          )}
        </li>
      ))}
    </>
  );
}
