import { RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';

export const CIVIC_STREAM = 'CIVIC';

export interface CivicStreamOptions {
  /** 3 in production (R3); 1 on a single development server. */
  replicas: number;
}

/**
 * One stream holds every event (`civic.>`), on file storage, with a duplicate window longer than
 * any relay retry, so a republished outbox row (same Nats-Msg-Id) is stored once.
 */
export async function ensureCivicStream(jsm: JetStreamManager, options: CivicStreamOptions): Promise<void> {
  const config = {
    subjects: ['civic.>'],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: options.replicas,
    duplicate_window: nanos(20 * 60 * 1000),
    max_age: nanos(14 * 24 * 60 * 60 * 1000),
  };
  try {
    await jsm.streams.info(CIVIC_STREAM);
    await jsm.streams.update(CIVIC_STREAM, { subjects: config.subjects, duplicate_window: config.duplicate_window, max_age: config.max_age });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await jsm.streams.add({ name: CIVIC_STREAM, ...config });
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && /not found/i.test(error.message);
}
