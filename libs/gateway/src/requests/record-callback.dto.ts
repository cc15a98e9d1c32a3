import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SATISFACTION_LEVELS, type Satisfaction } from '@civicloop/contracts';

/** 回访: was the resident reached, is it solved, how satisfied are they. */
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
  @Length(1, 64)
  unitCode?: string;
}
