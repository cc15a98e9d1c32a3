import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** Letters and digits a resident cannot confuse (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/**
 * Message numbers (留言编号) such as `LZ2026-000012`, per district and year, from a counter row in
 * the writing transaction — the pattern of request order numbers.
 */
export async function nextMessageNo(manager: EntityManager, tenantId: string, year: number): Promise<string> {
  const [{ last_value: value }] = await manager.query(
    `insert into intake.station_message_counters (tenant_id, year, last_value) values ($1, $2, 1)
     on conflict (tenant_id, year) do update set last_value = intake.station_message_counters.last_value + 1
     returning last_value`,
    [tenantId, year],
  );
  return `LZ${year}-${String(value).padStart(6, '0')}`;
}

/** The secret code a writer follows their message with (told once, kept only as a hash). */
export function newSecretCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export function hashCode(tenantId: string, messageNo: string, code: string): string {
  return createHash('sha256').update(`${tenantId}\n${messageNo}\n${code.trim().toUpperCase()}`).digest('hex');
}

export function codeMatches(tenantId: string, messageNo: string, code: string, stored: string): boolean {
  const given = Buffer.from(hashCode(tenantId, messageNo, code), 'hex');
  const kept = Buffer.from(stored, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}

/** A deputy's public link token: 144 random bits, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(18).toString('base64url');
}
