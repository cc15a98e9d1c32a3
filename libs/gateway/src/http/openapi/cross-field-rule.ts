import type { Type } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const CROSS_FIELD_RULES = 'civicloop:openapi-cross-field-rules';

/** A field that must be left out (null counts as left out, as in the services' rules). */
export const LEFT_OUT: SchemaObject = { nullable: true, enum: [null] };

/** `field` carries some text unless `decision` is one of `exempt` (e.g. a refusal needs its reason). */
export function textRequiredUnless(field: string, decision: string, exempt: string[]): SchemaObject {
  return { anyOf: [{ properties: { [decision]: { enum: exempt } } }, { required: [field], properties: { [field]: { type: 'string', pattern: '\\S' } } }] };
}

/**
 * A rule between fields of an input class (e.g. "both coordinates or neither") in the document's
 * terms, beside the class whose validation enforces it; a subclass keeps its parent's rules.
 */
export function ApiCrossFieldRule(description: string, schema: SchemaObject): ClassDecorator {
  return (target) => {
    const inherited = (Reflect.getMetadata(CROSS_FIELD_RULES, target) ?? []) as SchemaObject[];
    Reflect.defineMetadata(CROSS_FIELD_RULES, [...inherited, { description, ...schema }], target);
  };
}

/**
 * The validation pipe refuses properties no decorator names (forbidNonWhitelisted), so the body
 * schemas admit no other property; and each class's cross-field rules join its schema (allOf).
 */
export function completeBodySchemas(document: OpenAPIObject, classes: Iterable<Type<unknown>>): void {
  const schemas = document.components?.schemas ?? {};
  for (const target of classes) {
    const schema = schemas[target.name] as SchemaObject | undefined;
    if (!schema || '$ref' in schema) continue;
    schema.additionalProperties = false;
    const rules = (Reflect.getMetadata(CROSS_FIELD_RULES, target) ?? []) as SchemaObject[];
    if (rules.length > 0) schema.allOf = [...(schema.allOf ?? []), ...rules];
  }
}
