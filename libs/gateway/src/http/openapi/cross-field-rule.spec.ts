import 'reflect-metadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ApiCrossFieldRule, completeBodySchemas, LEFT_OUT } from './cross-field-rule';

@ApiCrossFieldRule('both or neither', { anyOf: [{ required: ['a', 'b'] }, { properties: { a: LEFT_OUT, b: LEFT_OUT } }] })
class Parent {}

@ApiCrossFieldRule('c only with a', { anyOf: [{ properties: { c: LEFT_OUT } }, { required: ['a'] }] })
class Child extends Parent {}

class Plain {}

const documentWith = (...names: string[]) =>
  ({ components: { schemas: Object.fromEntries(names.map((name) => [name, { type: 'object', properties: {} }])) } }) as unknown as OpenAPIObject;

describe("a body schema admits no unknown property and carries its class's cross-field rules", () => {
  it('unknown properties are refused, as the validation pipe refuses them', () => {
    const document = documentWith('Plain');
    completeBodySchemas(document, [Plain]);
    expect(document.components!.schemas!.Plain).toEqual({ type: 'object', properties: {}, additionalProperties: false });
  });

  it("a subclass keeps its parent's rules beside its own, each with its description", () => {
    const document = documentWith('Child');
    completeBodySchemas(document, [Child]);
    expect(document.components!.schemas!.Child).toMatchObject({
      allOf: [{ description: 'both or neither', anyOf: expect.any(Array) }, { description: 'c only with a', anyOf: expect.any(Array) }],
    });
  });

  it('a class the document does not hold is left alone', () => {
    const document = documentWith('Plain');
    completeBodySchemas(document, [Child]);
    expect(document.components!.schemas!.Child).toBeUndefined();
  });
});
