import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { ManualClock } from '@civicloop/clock';
import { Subjects, type EventEnvelope } from '@civicloop/contracts';
import { CIVIC_STREAM, InProcessBroker, startServiceApp } from '@civicloop/messaging';
import { ReportingModule } from '@civicloop/reporting';
import type { ApiResponse } from '../../support/api/api-client';
import { createServiceDatabase } from '../../support/stack/test-database';
import type { Target } from '../bench/target';

const COUNTED = ['unitCode', 'dispatched', 'signedOnTime', 'replied', 'validCallbacks', 'solved', 'satisfied', 'basicallySatisfied'] as const;

export interface MonthComparison {
  month: string;
  units: number;
  same: boolean;
}

/** Every event of the district on the stream, in order. */
async function districtHistory(natsUrl: string, tenantId: string): Promise<EventEnvelope[]> {
  const nc = await connect({ servers: natsUrl });
  try {
    const consumer = await jetstream(nc).consumers.get(CIVIC_STREAM, { filter_subjects: [`civic.${tenantId}.>`] });
    const events: EventEnvelope[] = [];
    if ((await consumer.info()).num_pending === 0) return events;
    const messages = await consumer.consume();
    for await (const message of messages) {
      events.push(message.json<EventEnvelope>());
      if (message.info.pending === 0) break;
    }
    return events;
  } finally {
    await nc.close();
  }
}

const counted = (units: Array<Record<string, unknown>>) => units.map((unit) => Object.fromEntries(COUNTED.map((field) => [field, unit[field]])));

/**
 * Recounts the three rates from the district's event history alone: a fresh reporting service on
 * a fresh database is fed every event the stream holds, and its unit rates must equal the live
 * system's, month by month.
 */
export async function recountFromHistory(target: Target, tenantId: string, months: string[], live: (month: string) => Promise<ApiResponse>): Promise<MonthComparison[]> {
  if (!target.nats) throw new Error('the recount reads the event history from JetStream: distributed mode only');
  const history = await districtHistory(target.nats.url, tenantId);
  const database = await createServiceDatabase('recount');
  const broker = new InProcessBroker();
  const runtime = { mode: 'embedded' as const, databaseUrl: database.appUrl, migrationDatabaseUrl: database.ownerUrl, clock: new ManualClock(new Date()), broker };
  const app = await startServiceApp({ serviceName: 'reporting', module: ReportingModule.register(runtime), runtime, startRelay: false });
  try {
    await broker.publish(history);
    const comparisons: MonthComparison[] = [];
    for (const month of months) {
      const context = { tenantId, userId: 'recount', roles: ['supervisor' as const], unitCodes: [] };
      const recounted = await broker.send<{ units: Array<Record<string, unknown>> }>(Subjects.UnitMonthRates, { context, payload: { month } });
      if (!recounted.ok) throw new Error(`the recount answered ${recounted.error.status}: ${recounted.error.message}`);
      const liveUnits = (await live(month)).body.units as Array<Record<string, unknown>>;
      comparisons.push({ month, units: liveUnits.length, same: JSON.stringify(counted(liveUnits)) === JSON.stringify(counted(recounted.data.units)) });
    }
    return comparisons;
  } finally {
    await app.close();
    await database.drop();
  }
}
