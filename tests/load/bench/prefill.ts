import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DEFAULT_TIME_ZONE, localDate, localMonth } from '@civicloop/clock';
import { DEMO_AREAS, DEMO_CATEGORIES, DEMO_RULES } from '../../../libs/dispatch/src/districts/demo-district';
import { addressKey } from '../../../libs/intake/src/duplicates/places';
import { characterBigrams } from '../../../libs/intake/src/text/character-bigrams';

/**
 * Fills a district with `count` requests registered this month, written with COPY straight into
 * intake's own tables (residents, requests, request_history) as registration would have left them,
 * then moves the order-number counter past them so new registrations continue the sequence.
 * Deterministic: request i always gets the same category, place, text and status.
 */
const STREETS = ['南池子大街', '灯市口大街', '景山前街', '皇城根北街', '东华门大街', '王府井大街', '北河沿大街', '五四大街'];
const TEXTS: Record<string, string[]> = {
  'environment.garbage.overflow': ['小区垃圾桶满溢，无人清运。', '垃圾站周边异味严重，垃圾堆放在路边。'],
  'drainage.blockage': ['小区门口下水道堵塞，污水外溢。', '雨后路面积水，排水口堵塞。'],
  'utilities.water.outage': ['楼内停水已经两天，没有通知。', '自来水水压太低，高层无法用水。'],
  'traffic.signal': ['路口信号灯不亮，车辆通行混乱。', '红绿灯时间太短，行人来不及过马路。'],
  'housing.property': ['物业不维修电梯，老人上下楼困难。', '物业费上涨未经业主大会同意。'],
  noise: ['夜间施工噪声扰民，影响休息。', '楼下商铺音响声音太大。'],
};
/** Most of a month's requests are closed by now; the rest are somewhere in their loop. */
const STATUSES: Array<[status: string, share: number]> = [
  ['closed', 0.8],
  ['replied', 0.05],
  ['signed', 0.05],
  ['dispatched', 0.05],
  ['queued', 0.02],
  ['triaged', 0.03],
];

const categories = DEMO_CATEGORIES.filter((category) => category.code in TEXTS);
const areas = DEMO_AREAS.filter((area) => area.code.includes('.'));
const unitFor = (categoryCode: string, areaCode: string) =>
  DEMO_RULES.filter((rule) => rule.categoryCode === categoryCode && (rule.areaCode === null || rule.areaCode === areaCode)).sort((a, b) => b.priority - a.priority)[0]?.unitCode ?? 'district-office';

function statusOf(i: number): string {
  let point = ((i * 7919) % 10_000) / 10_000;
  for (const [status, share] of STATUSES) {
    if (point < share) return status;
    point -= share;
  }
  return 'closed';
}

/** COPY text format: backslash, tab and newline escaped; arrays as {"a","b"}; null as \N. */
const field = (value: string | number | boolean | null) => (value === null ? '\\N' : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));
const textArray = (items: string[]) => `{${items.map((item) => `"${item.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
const line = (values: Array<string | number | boolean | null>) => `${values.map(field).join('\t')}\n`;

const memo = <T>(compute: (key: string) => T) => {
  const cache = new Map<string, T>();
  return (key: string) => cache.get(key) ?? (cache.set(key, compute(key)), cache.get(key)!);
};

export interface PrefillResult {
  count: number;
  seconds: number;
  firstOrderNo: string;
  lastOrderNo: string;
}

export async function prefillDistrict(databaseUrl: string, tenantId: string, count: number, now = new Date()): Promise<PrefillResult> {
  const started = performance.now();
  const year = Number(localDate(now, DEFAULT_TIME_ZONE).slice(0, 4));
  const monthStart = new Date(`${localMonth(now, DEFAULT_TIME_ZONE)}-01T00:00:00+08:00`).getTime();
  const span = Math.max(60_000, now.getTime() - 60_000 - monthStart);
  const bigrams = memo((text) => textArray(characterBigrams(text)));
  const keyOf = memo(addressKey);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counter = await client.query(`select last_value from intake.order_counters where tenant_id = $1 and year = $2`, [tenantId, year]);
    const base = counter.rows[0]?.last_value ?? 0;
    const ids = Array.from({ length: count }, () => randomUUID());
    const residents = Array.from({ length: count }, () => randomUUID());
    const at = (i: number) => new Date(monthStart + Math.floor((span * i) / count)).toISOString();
    const orderNo = (i: number) => `${year}-${String(base + i + 1).padStart(6, '0')}`;
    const copy = async (sql: string, rowOf: (i: number) => string) => {
      const rows = Readable.from(
        (function* () {
          // Rows in chunks of 1,000: one write per chunk keeps the stream fast.
          for (let start = 0; start < count; start += 1000) {
            let chunk = '';
            for (let i = start; i < Math.min(count, start + 1000); i++) chunk += rowOf(i);
            yield chunk;
          }
        })(),
      );
      await pipeline(rows, client.query(copyFrom(sql)));
    };
    await client.query('begin');
    await copy(`copy intake.residents (id, tenant_id, name, phone, created_at) from stdin`, (i) =>
      line([residents[i], tenantId, `居民${i % 1000}`, `138${String(i % 100_000_000).padStart(8, '0')}`, at(i)]),
    );
    await copy(
      `copy intake.requests (id, tenant_id, order_no, channel, type, category_code, area_code, address, description, urgency, confidential,
        resident_id, status, attempt, current_unit_code, assigned_unit_codes, version, registered_at, registered_by, address_key, description_bigrams) from stdin`,
      (i) => {
        const category = categories[i % categories.length].code;
        const area = areas[Math.floor(i / categories.length) % areas.length].code;
        const address = `${STREETS[(i >> 3) % STREETS.length]} ${1 + ((i * 31) % 300)} 号`;
        const texts = TEXTS[category];
        const description = texts[(i >> 5) % texts.length];
        const status = statusOf(i);
        const unit = ['queued', 'triaged'].includes(status) ? null : unitFor(category, area);
        return line([
          ids[i], tenantId, orderNo(i), i % 10 < 9 ? 'hotline' : 'app', i % 3 === 0 ? 'consultation' : 'complaint', category, area, address, description, 'general', false,
          residents[i], status, 1, unit, unit ? `{${unit}}` : '{}', 1, at(i), 'bench-prefill', keyOf(address), bigrams(description),
        ]);
      },
    );
    await copy(`copy intake.request_history (event_id, tenant_id, request_id, type, occurred_at, actor_id, actor_roles, data) from stdin`, (i) =>
      line([randomUUID(), tenantId, ids[i], 'request.registered', at(i), 'bench-prefill', '{agent}', JSON.stringify({ requestId: ids[i], orderNo: orderNo(i) })]),
    );
    await client.query(
      `insert into intake.order_counters (tenant_id, year, last_value) values ($1, $2, $3)
       on conflict (tenant_id, year) do update set last_value = excluded.last_value`,
      [tenantId, year, base + count],
    );
    await client.query('commit');
    // As autovacuum would soon: the planner sees the month as it is.
    await client.query('analyze intake.requests; analyze intake.residents; analyze intake.request_history');
    return { count, seconds: (performance.now() - started) / 1000, firstOrderNo: orderNo(0), lastOrderNo: orderNo(count - 1) };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Order numbers held by more than one request of the district (must be none). */
export async function duplicateOrderNumbers(databaseUrl: string, tenantId: string): Promise<{ requests: number; duplicated: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select count(*)::int as requests, (select count(*)::int from (select order_no from intake.requests where tenant_id = $1 group by order_no having count(*) > 1) d) as duplicated
       from intake.requests where tenant_id = $1`,
      [tenantId],
    );
    return rows[0];
  } finally {
    await client.end();
  }
}
