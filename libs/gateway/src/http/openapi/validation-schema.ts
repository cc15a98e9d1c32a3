import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  getMetadataStorage,
  IS_ARRAY,
  IS_BOOLEAN,
  IS_ENUM,
  IS_IN,
  IS_INT,
  IS_ISO8601,
  IS_LENGTH,
  IS_NUMBER,
  IS_OBJECT,
  IS_OPTIONAL,
  IS_STRING,
  IS_UUID,
  MATCHES,
  MAX,
  MAX_LENGTH,
  MIN,
  MIN_LENGTH,
  type ValidationTypes,
} from 'class-validator';

/** What class-validator records for a decorator (its public shape is not exported). */
interface ValidationMetadata {
  type: (typeof ValidationTypes)[keyof typeof ValidationTypes] | string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

type Schema = Record<string, unknown>;

export interface SchemaOptions {
  /** In a JSON body @IsOptional() lets null through too; a query or path parameter is never null. */
  nullableWhenOptional: boolean;
}
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
/** No NUL character: the validation pipe refuses it in any input (PostgreSQL cannot store it). */
const NO_NUL = '^[^\\x00]*$';
/** Versions 1–8 with the RFC 9562 variant, and the nil and max UUIDs (validator's isUUID 'all'). */
const UUID_PATTERN = '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|0{8}-0{4}-0{4}-0{4}-0{12}|[fF]{8}-[fF]{4}-[fF]{4}-[fF]{4}-[fF]{12})$';
const PLAIN_TYPES = new Set<unknown>([String, Number, Boolean, Object, Array, Date]);

/**
 * The OpenAPI schema of each input class says what its class-validator decorators enforce (lengths,
 * patterns, enums, bounds, optional = may be null), so the document and the validation pipe cannot
 * drift apart. An explicit @ApiProperty value wins; this only fills what it leaves out.
 */
export function describeValidatedClass(target: Type<unknown>, options: SchemaOptions, seen = new Set<Type<unknown>>()): Set<Type<unknown>> {
  if (seen.has(target)) return seen;
  seen.add(target);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false) as ValidationMetadata[]) {
    byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  }
  for (const [property, rules] of byProperty) {
    const existing = (Reflect.getMetadata(SWAGGER_PROPERTY, target.prototype, property) ?? {}) as Schema;
    const derived = schemaOf(rules, existing, options);
    const missing = Object.fromEntries(Object.entries(derived).filter(([key]) => existing[key] === undefined || overridable(key, existing[key], derived[key])));
    if (Object.keys(missing).length > 0) ApiProperty(missing)(target.prototype, property);
    for (const nested of nestedClassesOf(target, property, existing)) describeValidatedClass(nested, options, seen);
  }
  return seen;
}

/** The constraints one property's rules add up to. */
export function schemaOf(rules: ValidationMetadata[], existing: Schema = {}, options: SchemaOptions = { nullableWhenOptional: true }): Schema {
  const own: Schema = {};
  const items: Schema = {};
  for (const rule of rules) {
    const into = rule.each ? items : own;
    Object.assign(into, constraintOf(rule));
  }
  for (const schema of [own, items]) if (schema.type === 'string' && !schema.pattern && !schema.enum) schema.pattern = NO_NUL;
  if (rules.some((rule) => rule.name === IS_OPTIONAL)) Object.assign(own, { required: false }, options.nullableWhenOptional ? { nullable: true } : {});
  if (Object.keys(items).length > 0) {
    own.type = 'array';
    own.items = { ...((existing.items as Schema | undefined) ?? {}), ...items };
  }
  return own;
}

function constraintOf(rule: ValidationMetadata): Schema {
  const [first, second] = rule.constraints ?? [];
  switch (rule.name) {
    case IS_STRING:
      return { type: 'string' };
    case IS_BOOLEAN:
      return { type: 'boolean' };
    case IS_INT:
      return { type: 'integer' };
    case IS_NUMBER:
      return { type: 'number' };
    case IS_ARRAY:
      return { type: 'array' };
    case IS_OBJECT:
      return { type: 'object' };
    case IS_LENGTH:
      return definedOnly({ type: 'string', minLength: first, maxLength: second });
    case MIN_LENGTH:
      return { minLength: first };
    case MAX_LENGTH:
      return { maxLength: first };
    case MIN:
      return { minimum: first };
    case MAX:
      return { maximum: first };
    case ARRAY_MIN_SIZE:
      return { minItems: first };
    case ARRAY_MAX_SIZE:
      return { maxItems: first };
    case IS_IN:
      return { enum: first };
    case IS_ENUM:
      return { enum: Object.values(first as object) };
    case IS_UUID:
      // The format alone is not checked by every tool; the pattern is what class-validator accepts.
      return { type: 'string', format: 'uuid', pattern: UUID_PATTERN };
    case IS_ISO8601:
      // validator's strict check refuses years before 1000 (read as 19xx by Date).
      return { type: 'string', format: 'date-time', pattern: '^[1-9][0-9]{3}-' };
    case MATCHES:
      return patternOf(first as RegExp | string, second as string | undefined);
    default:
      return {};
  }
}

/**
 * A JavaScript pattern in the dialect OpenAPI tools share: `\d` spelled [0-9] (Python's `\d` also
 * matches other scripts' digits) and `$` as a plain end, since the pipe tests with JavaScript.
 */
function patternOf(pattern: RegExp | string, modifiers: string | undefined): Schema {
  const source = pattern instanceof RegExp ? pattern.source : pattern;
  const flags = pattern instanceof RegExp ? pattern.flags : (modifiers ?? '');
  // A case-insensitive pattern cannot be said in OpenAPI; leave it to the description.
  if (flags.includes('i')) return {};
  return { type: 'string', pattern: source.replace(/\\d/g, '[0-9]') };
}

/** A design type the compiler wrote (Number for an integer, Object for `string | null`) gives way. */
function overridable(key: string, current: unknown, derived: unknown): boolean {
  return key === 'type' && (current === Number || current === Object) && typeof derived === 'string';
}

function nestedClassesOf(target: Type<unknown>, property: string, existing: Schema): Type<unknown>[] {
  const candidates = [existing.type, Reflect.getMetadata('design:type', target.prototype, property)];
  return candidates.filter((type): type is Type<unknown> => typeof type === 'function' && !PLAIN_TYPES.has(type));
}

function definedOnly(schema: Schema): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined && value !== null));
}
