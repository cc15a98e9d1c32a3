import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Clock } from '@civicloop/clock';
import type { ActorContext, DistrictReferenceResult } from '@civicloop/contracts';
import { runInContext, type TenantTransactions } from '@civicloop/persistence';
import type { DistrictReferenceClient } from '../knowledge/district-reference.client';

/**
 * Demo data intake seeds itself, the first time a feature is used in a district: districts are
 * provisioned by dispatch (its tables, its command), and intake may not read them, so intake asks
 * dispatch for the district's reference data and seeds when it carries the demo template. A seed
 * mark row (inserted `on conflict do nothing`) makes it once per district across replicas; a
 * district opened empty gets the mark and nothing else.
 */
export abstract class OncePerDistrictSeeder {
  private readonly logger = new Logger(this.constructor.name);
  /** Districts known to be seeded, so a use costs no extra round trip after the first. */
  private readonly seeded = new Set<string>();

  protected constructor(
    private readonly what: string,
    private readonly clock: Clock,
    private readonly reference: DistrictReferenceClient,
    private readonly transactions: TenantTransactions,
  ) {}

  /** Never fails the caller: a failed seeding is tried again next time. */
  async ensureSeeded(context: ActorContext): Promise<void> {
    if (this.seeded.has(context.tenantId)) return;
    try {
      await this.seed(context);
    } catch (error) {
      this.logger.warn(`${this.what} not seeded for ${context.tenantId}: ${String(error)}`);
    }
  }

  /** Whether the district's seed mark is there already. */
  protected abstract isMarked(manager: EntityManager, tenantId: string): Promise<boolean>;

  /** Marks the district (nothing more when another replica marked it first), then seeds it when it is a demo district. */
  protected abstract markAndSeed(manager: EntityManager, context: ActorContext, reference: DistrictReferenceResult, now: Date): Promise<void>;

  private async seed(context: ActorContext): Promise<void> {
    const inTenant = <T>(work: (manager: EntityManager) => Promise<T>) => runInContext(context, () => this.transactions.run(work)) as Promise<T>;
    if (await inTenant((manager) => this.isMarked(manager, context.tenantId))) {
      this.seeded.add(context.tenantId);
      return;
    }
    const reference = await this.reference.fetch(context);
    // No reference data at all: not (yet) a district; nothing is stored for it.
    if (reference.categories.length === 0 && reference.units.length === 0) return;
    const now = this.clock.now();
    await inTenant((manager) => this.markAndSeed(manager, context, reference, now));
    this.seeded.add(context.tenantId);
  }
}
