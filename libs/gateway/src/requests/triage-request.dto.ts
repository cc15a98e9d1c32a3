import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { EMERGENCY_SERVICES, TRIAGE_OUTCOMES, type EmergencyService, type TriageDecision, type TriageOutcome } from '@civicloop/contracts';

/** 分类处置: an outcome other than dispatch, with the reason the resident is told. */
export class TriageDto implements TriageDecision {
  @ApiProperty({ enum: TRIAGE_OUTCOMES, description: 'answered (consultations, citing an article), handed-to-emergency, referred, out-of-scope, refused' })
  @IsIn(TRIAGE_OUTCOMES, { message: `outcome must be one of: ${TRIAGE_OUTCOMES.join(', ')}` })
  outcome!: TriageOutcome;

  @ApiProperty({ example: '已按知识库《计划停水通知在哪里查询》答复来电人' }) @IsString() @Length(1, 1000) reason!: string;

  @ApiPropertyOptional({ description: 'answered: the published knowledge-base article the answer cites' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  articleId?: string;

  @ApiPropertyOptional({ enum: EMERGENCY_SERVICES })
  @IsOptional()
  @IsIn(EMERGENCY_SERVICES, { message: `emergencyService must be one of: ${EMERGENCY_SERVICES.join(', ')}` })
  emergencyService?: EmergencyService;

  @ApiPropertyOptional({ example: '区人民法院', description: 'referred: the other legal channel' }) @IsOptional() @IsString() @Length(1, 200) referredTo?: string;
}
