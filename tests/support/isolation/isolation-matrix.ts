import { randomUUID } from 'node:crypto';
import type { GatewayTarget } from '../api/test-tokens';
import type { Principal } from './keycloak-principals';
import { exampleBody, type OpenApiDocument, type Operation } from './openapi-operations';
import { rawCall, type RawResponse } from './raw-http';
import { forbiddenAction, standing, targetOf, type TargetObject } from './visibility-rules';

/** One call of the matrix: an operation, an object, a principal, and what the table expects. */
export interface Cell {
  operation: Operation;
  object: TargetObject;
  principal: Principal;
  /** outside: the same answer as for an id that does not exist (404 unless refused before any lookup); forbidden: 403; reads: 200. */
  expect: 'outside' | 'forbidden' | 'reads';
}

export interface Outcome {
  cell: Cell;
  status: number;
  code: string | undefined;
  /** The answer to the same call with an id that does not exist (outside cells). */
  unknown?: { status: number; code: string | undefined };
  leak: string | null;
}

/** The cells of the matrix: every operation on an object × every principal the table has an expectation for. */
export function matrixCells(operations: Operation[], objects: Map<string, TargetObject[]>, principals: Principal[]): Cell[] {
  const cells: Cell[] = [];
  for (const operation of operations) {
    const target = targetOf(operation);
    if (!target) continue;
    for (const object of objects.get(target.kind) ?? []) {
      for (const principal of principals) {
        const where = standing(principal, object);
        if (where === 'outside') cells.push({ operation, object, principal, expect: 'outside' });
        else if (where === 'sees' && forbiddenAction(principal, operation)) cells.push({ operation, object, principal, expect: 'forbidden' });
        else if (where === 'sees' && operation.method === 'GET' && operation.path === `${target.collection}/{${target.parameter}}`) cells.push({ operation, object, principal, expect: 'reads' });
      }
    }
  }
  return cells;
}

/** The operation's path with the object's id (or another) and its sub-ids filled in. */
function pathFor(operation: Operation, object: TargetObject, id: string): string {
  const [first, ...rest] = operation.pathParameters;
  let path = operation.path.replace(`{${first}}`, encodeURIComponent(id));
  for (const parameter of rest) path = path.replace(`{${parameter}}`, encodeURIComponent(object.subIds?.[parameter] ?? randomUUID()));
  return path;
}

export class MatrixRunner {
  private readonly unknownAnswers = new Map<string, { status: number; code: string | undefined }>();

  constructor(
    private readonly gateway: GatewayTarget,
    private readonly document: OpenApiDocument,
  ) {}

  private call(cell: Cell, id: string): Promise<RawResponse> {
    const { operation, object, principal } = cell;
    const body = exampleBody(this.document, operation.bodySchema);
    return rawCall(this.gateway, principal.tenantId ?? 'platform', principal, { method: operation.method, path: pathFor(operation, object, id), body });
  }

  /** The same call with an id nobody has: what a principal learns when the object does not exist. */
  private async unknownAnswer(cell: Cell): Promise<{ status: number; code: string | undefined }> {
    const key = `${cell.operation.route}/${cell.principal.userId}/${cell.object.kind}`;
    let answer = this.unknownAnswers.get(key);
    if (!answer) {
      const response = await this.call(cell, randomUUID());
      answer = { status: response.status, code: response.body?.code };
      this.unknownAnswers.set(key, answer);
    }
    return answer;
  }

  async run(cell: Cell): Promise<Outcome> {
    const response = await this.call(cell, cell.object.id);
    const seen = { status: response.status, code: response.body?.code as string | undefined };
    if (cell.expect === 'forbidden') return { cell, ...seen, leak: seen.status === 403 ? null : `expected 403 for a role that may not act, got ${seen.status} ${seen.code ?? ''}` };
    if (cell.expect === 'reads') return { cell, ...seen, leak: seen.status === 200 ? null : `expected 200 for someone who sees it, got ${seen.status} ${seen.code ?? ''}` };
    const unknown = await this.unknownAnswer(cell);
    let leak: string | null = null;
    if (seen.status < 300) leak = `answered ${seen.status} to someone outside its view`;
    else if (seen.status !== unknown.status || seen.code !== unknown.code) leak = `answered ${seen.status} ${seen.code ?? ''} where an unknown id gets ${unknown.status} ${unknown.code ?? ''}: existence leaks`;
    return { cell, ...seen, unknown, leak };
  }
}

/** A line per leak for the failure message. */
export function describeLeak(outcome: Outcome): string {
  const { operation, object, principal } = outcome.cell;
  return `${operation.route} on ${object.kind} ${object.id} (${object.tenantId}) as ${principal.userId}: ${outcome.leak}`;
}
