import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Brackets, In, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { CivicError, EventTypes, Forbidden, isUuid, NotFound, StaleVersion, type ActorContext, type DeputySaved, type ListDeputiesPayload, type SaveDeputyPayload } from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import { contactFor, keepsRegistry } from '../rules/deputy-contact';
import { validDeputyInput } from './deputy-input';
import { Deputy } from './deputy.entity';

/** The deputies' registry (代表委员名册): district admins and liaisons keep it; staff search it. */
@Injectable()
export class DeputiesService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  async save(manager: EntityManager, context: ActorContext, payload: SaveDeputyPayload, expectedVersion?: number) {
    if (!keepsRegistry(context)) throw new Forbidden('the deputies’ registry is kept by district admins and liaisons');
    const input = validDeputyInput(payload);
    const now = this.clock.now();
    const fields = {
      name: input.name,
      body: input.body,
      level: input.level,
      profession: input.profession,
      expertise: input.expertise,
      homeStation: input.homeStation ?? null,
      inSystem: input.inSystem,
      contact: input.contact ?? null,
      userId: input.userId ?? null,
      updatedAt: now,
    };
    // One registry entry per account: checked here, so a second link is a 409, not the unique index's error.
    if (fields.userId !== null) {
      const linked = await manager.findOneBy(Deputy, { tenantId: context.tenantId, userId: fields.userId });
      if (linked && linked.id !== input.deputyId) {
        throw new CivicError(409, 'conflict', `account ${fields.userId} is already linked to deputy ${linked.id}; unlink it there first`, { rule: 'one-deputy-per-account' });
      }
    }
    let deputy: Deputy;
    const created = input.deputyId === undefined;
    if (created) {
      deputy = manager.create(Deputy, { ...fields, id: randomUUID(), tenantId: context.tenantId, version: 1, createdAt: now });
      await manager.insert(Deputy, deputy);
    } else {
      deputy = await this.findForUpdate(manager, context, input.deputyId!, expectedVersion);
      Object.assign(deputy, fields, { version: deputy.version + 1 });
      await manager.save(deputy);
    }
    // By id only: a deputy's contact never travels.
    await this.outbox.append(manager, [
      newEvent<DeputySaved>(
        { type: EventTypes.DeputySaved, aggregateId: deputy.id, aggregateVersion: deputy.version, data: { deputyId: deputy.id, body: deputy.body, level: deputy.level, inSystem: deputy.inSystem, created } },
        context,
        this.clock,
      ),
    ]);
    return this.view(context, deputy);
  }

  /** Search by name, profession or expertise (q), filter by body, level, one expertise and the in-system flag. */
  async list(manager: EntityManager, context: ActorContext, filter: ListDeputiesPayload) {
    const query = manager.createQueryBuilder(Deputy, 'deputy').where('deputy.tenantId = :tenantId', { tenantId: context.tenantId });
    if (filter.body) query.andWhere('deputy.body = :body', { body: filter.body });
    if (filter.level) query.andWhere('deputy.level = :level', { level: filter.level });
    if (filter.inSystem !== undefined) query.andWhere('deputy.inSystem = :inSystem', { inSystem: filter.inSystem });
    if (filter.expertise) {
      // An expertise filter finds the code itself and broader codes that cover it (housing covers housing.property).
      const lineage = filter.expertise.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
      query.andWhere('deputy.expertise && cast(:lineage as text[])', { lineage });
    }
    const text = filter.q?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      query.andWhere(
        new Brackets((match) => {
          match
            .orWhere('deputy.name like :like', { like })
            .orWhere('deputy.profession like :like', { like })
            .orWhere('deputy.homeStation like :like', { like })
            .orWhere('exists (select 1 from unnest(deputy.expertise) tag where tag like :like)', { like });
        }),
      );
    }
    const deputies = await query.orderBy('deputy.name', 'ASC').addOrderBy('deputy.id', 'ASC').limit(200).getMany();
    return deputies.map((deputy) => this.view(context, deputy));
  }

  async get(manager: EntityManager, context: ActorContext, id: string) {
    const deputy = isUuid(id) ? await manager.findOneBy(Deputy, { id, tenantId: context.tenantId }) : null;
    if (!deputy) throw new NotFound('deputy', id);
    return this.view(context, deputy);
  }

  /** The signed-in deputy's own registry entry: 404 when no entry is linked to their account. */
  async own(manager: EntityManager, context: ActorContext) {
    const [id] = await this.ownIds(manager, context);
    if (!id) throw new NotFound('deputy linked to your account', context.userId);
    return this.get(manager, context, id);
  }

  byIds(manager: EntityManager, context: ActorContext, ids: readonly string[]): Promise<Deputy[]> {
    const valid = ids.filter(isUuid);
    return valid.length === 0 ? Promise.resolve([]) : manager.findBy(Deputy, { tenantId: context.tenantId, id: In(valid) });
  }

  /** The registry entries of the signed-in deputy (their account is linked by userId). */
  async ownIds(manager: EntityManager, context: ActorContext): Promise<string[]> {
    if (!context.roles.includes('deputy')) return [];
    const own = await manager.findBy(Deputy, { tenantId: context.tenantId, userId: context.userId });
    return own.map((deputy) => deputy.id);
  }

  view(context: ActorContext, deputy: Deputy) {
    return {
      id: deputy.id,
      name: deputy.name,
      body: deputy.body,
      level: deputy.level,
      profession: deputy.profession,
      expertise: deputy.expertise,
      homeStation: deputy.homeStation,
      inSystem: deputy.inSystem,
      contact: contactFor(context, deputy),
      userId: keepsRegistry(context) ? deputy.userId : undefined,
      version: deputy.version,
    };
  }

  private async findForUpdate(manager: EntityManager, context: ActorContext, id: string, expectedVersion?: number): Promise<Deputy> {
    const deputy = isUuid(id) ? await manager.findOne(Deputy, { where: { id, tenantId: context.tenantId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!deputy) throw new NotFound('deputy', id);
    if (expectedVersion !== undefined && expectedVersion !== deputy.version) throw new StaleVersion('deputy', expectedVersion, deputy.version);
    return deputy;
  }
}
