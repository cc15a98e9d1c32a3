import { randomUUID } from 'node:crypto';

const API_PREFIX = '/api/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Schema = Record<string, any>;
export type OpenApiDocument = { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } };

/** One operation of the document, as the matrix calls it. */
export interface Operation {
  method: string;
  /** Under /api/v1, with OpenAPI's `{name}` parameters. */
  path: string;
  /** `GET /requests/{id}` */
  route: string;
  pathParameters: string[];
  /** Without a bearer scheme: callable without signing in (a token is still sent and may be read). */
  isPublic: boolean;
  /** The JSON body schema, when the operation reads one. */
  bodySchema: Schema | null;
}

export async function fetchDocument(gatewayUrl: string): Promise<OpenApiDocument> {
  const response = await fetch(`${gatewayUrl}/api/docs/openapi.json`);
  if (!response.ok) throw new Error(`the OpenAPI document answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/** Every operation of the document, `METHOD /path` (the path with the /api/v1 prefix), sorted. */
export function documentedRoutes(document: OpenApiDocument): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, operations]) => METHODS.filter((method) => method in operations).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([fullPath, operations]) =>
    METHODS.filter((method) => method in operations).map((method) => {
      const operation = operations[method];
      const path = fullPath.startsWith(API_PREFIX) ? fullPath.slice(API_PREFIX.length) : fullPath;
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema ?? null;
      return {
        method: method.toUpperCase(),
        path,
        route: `${method.toUpperCase()} ${path}`,
        pathParameters: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        isPublic: !(operation.security?.length > 0),
        bodySchema,
      };
    }),
  );
}

/**
 * A body the schema accepts, from its examples, enums and bounds: the matrix needs input that
 * passes validation, so that what answers is the object's visibility, not the shape of the input.
 */
export function exampleBody(document: OpenApiDocument, schema: Schema | null): unknown {
  return schema ? example(document, schema, 0) : undefined;
}

function resolveRef(document: OpenApiDocument, schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = String(schema.$ref).split('/').pop()!;
  return document.components?.schemas?.[name] ?? {};
}

function example(document: OpenApiDocument, raw: Schema, depth: number): unknown {
  const schema = resolveRef(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (depth > 6) return null;
  if (!schema.properties) {
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part: Schema) => example(document, part, depth + 1)));
    if (schema.oneOf ?? schema.anyOf) return example(document, (schema.oneOf ?? schema.anyOf)[0], depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
    case undefined:
      return schema.properties ? exampleObject(document, schema, depth) : type === 'object' ? {} : null;
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, 0);
      return Array.from({ length: count }, () => example(document, schema.items ?? {}, depth + 1));
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? Number(schema.exclusiveMinimum) + 1 : 1);
    case 'boolean':
      return true;
    case 'string':
      return exampleString(schema);
    default:
      return null;
  }
}

/**
 * The required properties, shaped by the first branch of each cross-field rule (oneOf/anyOf, on the
 * schema or in its allOf): a branch's required fields are added and its pinned values (enum) used.
 */
function exampleObject(document: OpenApiDocument, schema: Schema, depth: number): Record<string, unknown> {
  const rules = [schema, ...(schema.allOf ?? []).map((part: Schema) => resolveRef(document, part))];
  const branches: Schema[] = rules.flatMap((rule) => (rule.oneOf ?? rule.anyOf ? [resolveRef(document, (rule.oneOf ?? rule.anyOf)[0])] : []));
  const required = new Set<string>([...(schema.required ?? []), ...branches.flatMap((branch) => branch.required ?? [])]);
  const body: Record<string, unknown> = {};
  for (const name of required) body[name] = example(document, schema.properties[name] ?? {}, depth + 1);
  for (const branch of branches) {
    for (const [name, property] of Object.entries<Schema>(branch.properties ?? {})) {
      const pinned = Array.isArray(property.enum) ? property.enum[0] : undefined;
      if (pinned === null) delete body[name];
      else if (pinned !== undefined) body[name] = pinned;
    }
  }
  return body;
}

function exampleString(schema: Schema): string {
  const inTwoDays = new Date(Date.now() + 2 * 24 * 3_600_000);
  if (schema.format === 'date-time') return inTwoDays.toISOString();
  if (schema.format === 'date') return inTwoDays.toISOString().slice(0, 10);
  if (schema.format === 'uuid') return randomUUID();
  // A code (unit, category…) rather than prose: the first candidate its pattern admits.
  if (schema.pattern && !String(schema.pattern).includes('\\x00')) {
    const pattern = new RegExp(schema.pattern);
    const code = ['street-donghua', 'drainage.blockage', 'demo', 'a1', '1'].find((candidate) => pattern.test(candidate));
    if (code) return code;
  }
  const text = '隔离矩阵测试说明文字';
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const padded = text.repeat(Math.ceil(Math.max(min, 1) / text.length) + 1);
  return padded.slice(0, Math.max(Math.min(max, Math.max(min, 4)), 1));
}
