import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ValidationFailed, type ActorContext, type SaveReferenceNodePayload } from '@civicloop/contracts';
import { treeNodeProblems } from '@civicloop/dispatch-rules';
import { assertRole } from '../assignments/assignment-visibility';
import { Area } from '../reference/area.entity';
import { Category } from '../reference/category.entity';
import { Unit, UNIT_KINDS, type UnitKind } from '../reference/unit.entity';
import { AdminAuditService } from './admin-audit.service';

const ENTITY = { unit: Unit, area: Area, category: Category } as const;

/** A district admin keeps the district's units, areas and categories: parents in the same district, no cycles. */
@Injectable()
export class ReferenceAdminService {
  constructor(private readonly audit: AdminAuditService) {}

  async save(manager: EntityManager, context: ActorContext, payload: SaveReferenceNodePayload) {
    assertRole(context, ['district-admin'], 'changing the district’s reference data');
    const entity = ENTITY[payload.tree];
    const tenantId = context.tenantId;
    // Serialises concurrent edits of one tree, so two saves cannot close a cycle between them.
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${tenantId}:tree:${payload.tree}`]);
    const tree: Array<{ code: string; parentCode: string | null }> = await manager.find(entity, { where: { tenantId }, select: { code: true, parentCode: true } });
    const problems = treeNodeProblems(payload.tree, tree, { code: payload.code, parentCode: payload.parentCode });
    if (payload.tree === 'unit' && !UNIT_KINDS.includes(payload.kind as UnitKind)) {
      problems.push({ field: 'kind', reason: `one of ${UNIT_KINDS.join(', ')}` });
    }
    if (problems.length > 0) throw new ValidationFailed(problems);

    const before = await manager.findOneBy(entity, { tenantId, code: payload.code });
    const node = { code: payload.code, name: payload.name, parentCode: payload.parentCode, ...this.extraColumns(payload, before) };
    await manager.save(entity, { tenantId, ...node });
    await this.audit.record(manager, context, `${payload.tree}.${before ? 'updated' : 'created'}`, payload.code, before, node);
    return { tree: payload.tree, created: !before, ...node };
  }

  private extraColumns(payload: SaveReferenceNodePayload, before: object | null): Record<string, unknown> {
    if (payload.tree === 'unit') return { kind: payload.kind };
    if (payload.tree === 'category') {
      const current = (before as Category | null)?.autoDispatch;
      return { autoDispatch: payload.autoDispatch ?? current ?? true };
    }
    return {};
  }
}
