import 'reflect-metadata';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { describeValidatedClass } from './validation-schema';

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const schemaOf = (target: { prototype: object }, property: string) => Reflect.getMetadata(SWAGGER_PROPERTY, target.prototype, property) as Record<string, unknown>;

class Nested {
  @IsUUID() id!: string;
}

class Example {
  @ApiProperty({ example: '13800138000', description: 'kept' }) @Matches(/^1[3-9]\d{9}$/) phone!: string;
  @IsString() @Length(2, 2000) reason!: string;
  @IsIn(['uphold', 'reject']) decision!: string;
  @IsOptional() @IsInt() @Min(1) @Max(200) limit?: number;
  @IsString({ each: true }) @ArrayMaxSize(20) codes!: string[];
  @ApiProperty({ type: Nested }) @ValidateNested() @Type(() => Nested) nested!: Nested;
}

describe('the OpenAPI schema of an input class says what its validation decorators enforce', () => {
  beforeAll(() => describeValidatedClass(Example, { nullableWhenOptional: true }));

  it('lengths, enums and bounds come from the decorators', () => {
    expect(schemaOf(Example, 'reason')).toMatchObject({ type: 'string', minLength: 2, maxLength: 2000 });
    expect(schemaOf(Example, 'decision')).toMatchObject({ enum: ['uphold', 'reject'] });
    expect(schemaOf(Example, 'limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
  });

  it('a pattern spells \\d as [0-9] (other tools read \\d as any script’s digits); what @ApiProperty said stays', () => {
    expect(schemaOf(Example, 'phone')).toMatchObject({ pattern: '^1[3-9][0-9]{9}$', example: '13800138000', description: 'kept' });
  });

  it('an optional JSON field may also be null (class-validator lets null through)', () => {
    expect(schemaOf(Example, 'limit')).toMatchObject({ required: false, nullable: true });
    expect(schemaOf(Example, 'reason').required).toBeUndefined();
  });

  it('each-item rules describe the items; array sizes the array', () => {
    expect(schemaOf(Example, 'codes')).toMatchObject({ type: 'array', maxItems: 20, items: { type: 'string' } });
  });

  it('classes nested in the input are described too', () => {
    expect(schemaOf(Nested, 'id')).toMatchObject({ type: 'string', format: 'uuid' });
  });

  it('a query parameter is never null', () => {
    class Query {
      @IsOptional() @IsString() @Length(1, 100) unitCode?: string;
    }
    describeValidatedClass(Query, { nullableWhenOptional: false });
    expect(schemaOf(Query, 'unitCode')).toMatchObject({ required: false, minLength: 1 });
    expect(schemaOf(Query, 'unitCode').nullable).toBeUndefined();
  });
});
