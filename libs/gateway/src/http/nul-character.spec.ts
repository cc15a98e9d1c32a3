import { BadRequestException } from '@nestjs/common';
import { IsString } from 'class-validator';
import { createValidationPipe, nulProblems } from './validation.pipe';

class Body {
  @IsString() name!: string;
}

describe('a NUL character in any input is bad input (PostgreSQL cannot store it), named by its field', () => {
  it('finds it in nested strings, array items and property names', () => {
    expect(nulProblems({ name: 'a\u0000b', tags: ['ok', '\u0000'], nested: { ['k\u0000']: 1 } }, '')).toEqual([
      { field: 'name', reason: 'must not contain the NUL character (\\u0000)' },
      { field: 'tags[1]', reason: 'must not contain the NUL character (\\u0000)' },
      { field: 'nested.k\\u0000', reason: 'a property name must not contain the NUL character' },
    ]);
    expect(nulProblems({ name: '南池子大街 12 号', n: 3, none: null }, '')).toEqual([]);
  });

  it('the pipe answers 400 with the field for a body, and lets a clean body through', async () => {
    const pipe = createValidationPipe();
    const refused = await pipe.transform({ name: 'x\u0000' }, { type: 'body', metatype: Body }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestException);
    expect((refused as BadRequestException).getResponse()).toMatchObject({ status: 400, code: 'validation-failed', details: { problems: [{ field: 'name' }] } });
    await expect(pipe.transform({ name: '张三' }, { type: 'body', metatype: Body })).resolves.toEqual({ name: '张三' });
  });
});
