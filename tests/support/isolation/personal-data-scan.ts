import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../stack/service-process';

export const LOG_DIR = join(REPO_ROOT, 'tests/artifacts/logs');

export interface Hit {
  where: string;
  needle: string;
  /** The line (logs) or the subject (stream), cut short. */
  context: string;
}

/** Where each log file of a prefix ends now, so a scan reads only what a run wrote after it. */
export function logOffsets(prefix: string): Map<string, number> {
  const offsets = new Map<string, number>();
  if (!existsSync(LOG_DIR)) return offsets;
  for (const name of readdirSync(LOG_DIR).filter((file) => file.startsWith(prefix) && file.endsWith('.log'))) offsets.set(name, statSync(join(LOG_DIR, name)).size);
  return offsets;
}

/** Every line the prefix's services logged since the offsets that contains one of the needles. */
export function scanLogs(prefix: string, since: Map<string, number>, needles: string[]): { files: number; bytes: number; hits: Hit[] } {
  const hits: Hit[] = [];
  let bytes = 0;
  const files = readdirSync(LOG_DIR).filter((file) => file.startsWith(prefix) && file.endsWith('.log'));
  for (const name of files) {
    const text = readFileSync(join(LOG_DIR, name)).subarray(since.get(name) ?? 0).toString('utf8');
    bytes += Buffer.byteLength(text);
    for (const line of text.split('\n')) {
      for (const needle of needles.filter((candidate) => line.includes(candidate))) hits.push({ where: name, needle, context: line.slice(0, 200) });
    }
  }
  return { files: files.length, bytes, hits };
}

/** Every message of the event stream (data and headers) that contains one of the needles. */
export async function scanStream(needles: string[], natsUrl = process.env.CIVICLOOP_TEST_NATS_URL!, stream = 'CIVIC'): Promise<{ messages: number; hits: Hit[] }> {
  const connection = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(connection);
    const { state } = await jsm.streams.info(stream);
    const hits: Hit[] = [];
    let messages = 0;
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq += 1) {
      const message = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
      if (!message) continue;
      messages += 1;
      const headers = message.header ? [...message.header.keys()].map((key) => `${key}: ${message.header.get(key)}`).join('\n') : '';
      const text = `${headers}\n${new TextDecoder().decode(message.data)}`;
      for (const needle of needles.filter((candidate) => text.includes(candidate))) hits.push({ where: `${stream}#${seq}`, needle, context: message.subject });
    }
    return { messages, hits };
  } finally {
    await connection.close();
  }
}
