/** One line of the bench's table: which part of issue 10, what was measured, the figure, and what it is compared with. */
export interface Row {
  part: string;
  what: string;
  result: string;
  compared: string;
}

const HEADER: Row = { part: 'part', what: 'what', result: 'result', compared: 'compared with' };

/** The one markdown table the bench prints (cells may not break the table: '|' is escaped, newlines folded). */
export function markdownTable(rows: Row[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const line = (row: Row) => `| ${[row.part, row.what, row.result, row.compared].map(cell).join(' | ')} |`;
  return [line(HEADER), '| --- | --- | --- | --- |', ...rows.map(line)].join('\n');
}

export const perSecond = (value: number) => `${grouped(value)}/s`;
export const percent = (value: number | null) => (value === null || !Number.isFinite(value) ? 'n/a' : `${(value * 100).toFixed(1)} %`);
export const millis = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');
export const megabytes = (kB: number) => `${(kB / 1024).toFixed(0)} MB`;

/** 12345.6 → "12,346"; 12.34 → "12.3"; below 1 two decimals. */
export function grouped(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(Math.abs(value) >= 1 ? 1 : 2);
}
