import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { SATISFACTION_LEVELS, type Satisfaction } from '@civicloop/contracts';
import { ApiCrossFieldRule, LEFT_OUT } from '../http/openapi/cross-field-rule';

/** As feedback checks it (libs/feedback/src/callbacks/callback-answer.ts). */
const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const answered = (solved: boolean, unitCode: object) => ({ required: ['solved', 'satisfaction'], properties: { reached: { enum: [true] }, solved: { enum: [solved] }, satisfaction: { type: 'string' }, unitCode } });

/** 回访: was the resident reached, is it solved, how satisfied are they. */
@ApiCrossFieldRule('reached: solved and satisfaction given; not reached: both left out; unitCode only when reached and not solved', {
  oneOf: [
    { properties: { reached: { enum: [false] }, solved: LEFT_OUT, satisfaction: LEFT_OUT, unitCode: LEFT_OUT } },
    answered(true, LEFT_OUT),
    answered(false, {}),
  ],
})
export class RecordCallbackDto {
  @ApiProperty() @IsBoolean() reached!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() solved?: boolean;
  @ApiPropertyOptional({ enum: SATISFACTION_LEVELS })
  @IsOptional()
  @IsIn(SATISFACTION_LEVELS, { message: `satisfaction must be one of: ${SATISFACTION_LEVELS.join(', ')}` })
  satisfaction?: Satisfaction;
  @ApiPropertyOptional({ description: 'not solved: the unit suggested for the next try (重办); dispatch decides when absent' })
  @IsOptional()
  @IsString()
  @Matches(UNIT_CODE, { message: 'unitCode must be a unit code' })
  unitCode?: string;
}
