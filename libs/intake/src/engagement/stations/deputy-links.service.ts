import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { Forbidden, NotFound, type ActorContext } from '@civicloop/contracts';
import { DeputiesService } from '../deputies/deputies.service';
import { Deputy } from '../deputies/deputy.entity';
import { keepsRegistry } from '../rules/deputy-contact';
import { newLinkToken } from './message-codes';
import { DeputyLink } from './station.entity';
import { StationsService } from './stations.service';

/** The online station's door: every deputy's public link (shown as a QR code), and the card behind it. */
@Injectable()
export class DeputyLinksService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly deputies: DeputiesService,
    private readonly stations: StationsService,
  ) {}

  /** The deputy's link, created the first time (stable afterwards): the registry's keepers or the deputy themself. */
  async ensure(manager: EntityManager, context: ActorContext, deputyId: string) {
    const [deputy] = await this.deputies.byIds(manager, context, [deputyId]);
    if (!deputy) throw new NotFound('deputy', deputyId);
    const own = deputy.userId !== null && deputy.userId === context.userId;
    if (!keepsRegistry(context) && !own) {
      // Another deputy's link is out of a deputy's view: 404, as for any id they may not see.
      if (context.roles.includes('deputy')) throw new NotFound('deputy', deputyId);
      throw new Forbidden('a deputy’s link is handed out by district admins, liaisons or the deputy themself');
    }
    const link = await this.linkOf(manager, context, deputy.id);
    return { deputyId: deputy.id, token: link.token, path: `/deputies/${link.token}/write` };
  }

  /** Created inside the caller's transaction; a concurrent first call keeps the row that won. */
  async linkOf(manager: EntityManager, context: ActorContext, deputyId: string): Promise<DeputyLink> {
    await manager.query(`insert into intake.deputy_links (deputy_id, tenant_id, token, created_at) values ($1, $2, $3, $4) on conflict (deputy_id) do nothing`, [
      deputyId,
      context.tenantId,
      newLinkToken(),
      this.clock.now(),
    ]);
    return manager.findOneByOrFail(DeputyLink, { tenantId: context.tenantId, deputyId });
  }

  /** The deputy behind a token, or 404 (an unknown link never says more). */
  async deputyOf(manager: EntityManager, context: ActorContext, token: string): Promise<Deputy> {
    const link = typeof token === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(token) ? await manager.findOneBy(DeputyLink, { tenantId: context.tenantId, token }) : null;
    const deputy = link ? await manager.findOneBy(Deputy, { tenantId: context.tenantId, id: link.deputyId }) : null;
    if (!deputy) throw new NotFound('deputy link', token);
    return deputy;
  }

  /** The public card: who the deputy is and where they sit — never a contact or an account. */
  async card(manager: EntityManager, context: ActorContext, token: string) {
    const deputy = await this.deputyOf(manager, context, token);
    const station = await this.stations.homeStationOf(manager, context, deputy);
    return {
      name: deputy.name,
      body: deputy.body,
      level: deputy.level,
      profession: deputy.profession,
      expertise: deputy.expertise,
      station: station ? { id: station.id, name: station.name, address: station.address } : null,
    };
  }
}
