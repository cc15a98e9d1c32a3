import { IsInt, IsString, MaxLength, ValidateNested, validate } from 'class-validator';
import { plainToInstance, Type } from 'class-transformer';
import { getMetadataStorage } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Address {
  @IsString() street!: string;
}

class Resident {
  @IsString() name!: string;
  @ValidateNested() @Type(() => Address) address!: Address;
}

class Caller extends Resident {
  @IsInt() calls!: number;
}

const problemsOf = async (cls: new () => object, plain: object) =>
  (await validate(plainToInstance(cls, plain), { whitelist: true, forbidNonWhitelisted: true })).flatMap((error) => [
    ...Object.keys(error.constraints ?? {}).map((rule) => `${error.property}: ${rule}`),
    ...(error.children ?? []).flatMap((child) => Object.keys(child.constraints ?? {}).map((rule) => `${error.property}.${child.property}: ${rule}`)),
  ]);

describe('remembered validation rules', () => {
  beforeAll(() => cacheValidationMetadata());

  it('apply the same rules on every validation, inherited and nested ones included', async () => {
    const bad = { name: 3, calls: 'many', address: { street: 4 }, extra: true };
    const expected = ['extra: whitelistValidation', 'calls: isInt', 'name: isString', 'address.street: isString'];
    for (let round = 0; round < 3; round += 1) expect((await problemsOf(Caller, bad)).sort()).toEqual([...expected].sort());
    expect(await problemsOf(Caller, { name: 'a', calls: 1, address: { street: 'b' } })).toEqual([]);
  });

  it('take in a rule declared after the first validation, in the class and its subclasses', async () => {
    expect(await problemsOf(Caller, { name: 'abcdef', calls: 1, address: { street: 'b' } })).toEqual([]);
    MaxLength(3)(Resident.prototype, 'name');
    expect(await problemsOf(Resident, { name: 'abcdef', address: { street: 'b' } })).toEqual(['name: maxLength']);
    expect(await problemsOf(Caller, { name: 'abcdef', calls: 1, address: { street: 'b' } })).toEqual(['name: maxLength']);
  });

  it('are installed once, however many pipes are made', () => {
    const lookUp = getMetadataStorage().getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(getMetadataStorage().getTargetValidationMetadatas).toBe(lookUp);
  });
});
