import { Writable } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { runInContext } from '@civicloop/persistence';
import { createJsonLog } from './json-log';
import { JsonLogger } from './json-logger';

/** Collects the JSON lines a logger writes. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = new JsonLogger(createJsonLog('intake', stream));
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, any>);
  return { logger, lines, records };
}

describe('JSON log lines', () => {
  it('redact residents’ personal data, credentials and tokens wherever they appear as fields', () => {
    const { logger, lines, records } = capture();
    logger.log(
      {
        msg: 'registered',
        residentName: '张三',
        residentPhone: '13800138000',
        request: { residentName: '李四', phone: '13911112222', description: '下水道堵塞' },
        headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', 'x-civic-tenant': 'demo' },
        unit: { contact: { name: '王五' } },
        tokens: { accessToken: 'a', refresh_token: 'r', id_token: 'i' },
      },
      'RequestsService',
    );
    const [line] = lines;
    for (const secret of ['张三', '李四', '王五', '13800138000', '13911112222', 'eyJhbGciOiJSUzI1NiJ9', '"a"', '"r"', '"i"']) expect(line).not.toContain(secret);
    const [record] = records();
    expect(record.residentName).toBe('[redacted]');
    expect(record.residentPhone).toBe('[redacted]');
    expect(record.request).toEqual({ residentName: '[redacted]', phone: '[redacted]', description: '下水道堵塞' });
    expect(record.headers).toEqual({ authorization: '[redacted]', 'x-civic-tenant': 'demo' });
    expect(record.unit.contact.name).toBe('[redacted]');
    expect(record.tokens).toEqual({ accessToken: '[redacted]', refresh_token: '[redacted]', id_token: '[redacted]' });
  });

  it('mask phone numbers and bearer tokens in messages, error messages and stacks', () => {
    const { logger, records } = capture();
    logger.warn('callback to 13800138000 failed', 'Callbacks');
    logger.error('verifier said no to Bearer abc.def.ghi', 'Error: token for 13911112222\n    at x', 'Gateway');
    logger.error(new Error('no resident with phone 13700001111'));
    const [warned, failed, thrown] = records();
    expect(warned.msg).toBe('callback to [redacted] failed');
    expect(warned.context).toBe('Callbacks');
    expect(failed.msg).toBe('verifier said no to Bearer [redacted]');
    expect(failed.stack).toBe('Error: token for [redacted]\n    at x');
    expect(failed.context).toBe('Gateway');
    expect(thrown.error).toEqual({ type: 'Error', message: 'no resident with phone [redacted]' });
  });

  it('carry service, level, time, and the district of the acting context', async () => {
    const { logger, records } = capture();
    await runInContext({ tenantId: 'dongcheng', userId: 'u1', roles: ['agent'], unitCodes: [] }, async () => logger.log('hello', 'Test'));
    logger.log('outside any context');
    const [inside, outside] = records();
    expect(inside).toMatchObject({ service: 'intake', level: 'info', msg: 'hello', context: 'Test', tenant: 'dongcheng' });
    expect(new Date(inside.time).getTime()).not.toBeNaN();
    expect(outside.tenant).toBeUndefined();
  });

  it('carry the trace and span of the active span', () => {
    const { logger, records } = capture();
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    try {
      const span = trace.wrapSpanContext({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 });
      context.with(trace.setSpan(context.active(), span), () => logger.log('in a span'));
    } finally {
      context.disable();
    }
    expect(records()[0]).toMatchObject({ trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331' });
  });

  it('honour the levels Nest sets', () => {
    const { logger, records } = capture();
    logger.setLogLevels(['error']);
    logger.log('quiet');
    logger.error('loud');
    expect(records().map((record) => record.msg)).toEqual(['loud']);
  });
});
