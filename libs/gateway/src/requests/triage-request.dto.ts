import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { EMERGENCY_SERVICES, TRIAGE_OUTCOMES, type EmergencyService, type TriageDecision, type TriageOutcome } from '@civicloop/contracts';
import { ApiCrossFieldRule, LEFT_OUT } from '../http/openapi/cross-field-rule';

/** Each outcome's own field is given, the other outcomes' fields are left out (intake's triage rules). */
const OUTCOME_FIELDS = { answered: 'articleId', 'handed-to-emergency': 'emergencyService', referred: 'referredTo' } as const;
const FIELDS = Object.values(OUTCOME_FIELDS);
const leftOut = (except?: string) => Object.fromEntries(FIELDS.filter((field) => field !== except).map((field) => [field, LEFT_OUT]));

/** 分类处置: an outcome other than dispatch, with the reason the resident is told. */
@ApiCrossFieldRule("answered cites articleId, handed-to-emergency names emergencyService, referred names referredTo; the others' fields are left out", {
  oneOf: [
    ...Object.entries(OUTCOME_FIELDS).map(([outcome, field]) => ({ required: [field], properties: { outcome: { enum: [outcome] }, [field]: { type: 'string' }, ...leftOut(field) } })),
    { properties: { outcome: { enum: TRIAGE_OUTCOMES.filter((outcome) => !(outcome in OUTCOME_FIELDS)) }, ...leftOut() } },
  ],
})
export class TriageDto implements TriageDecision {
  @ApiProperty({ enum: TRIAGE_OUTCOMES, description: 'answered (consultations, citing an article), handed-to-emergency, referred, out-of-scope, refused' })
  @IsIn(TRIAGE_OUTCOMES, { message: `outcome must be one of: ${TRIAGE_OUTCOMES.join(', ')}` })
  outcome!: TriageOutcome;

  @ApiProperty({ example: '已按知识库《计划停水通知在哪里查询》答复来电人' }) @IsString() @Length(1, 1000) reason!: string;

  @ApiPropertyOptional({ description: 'answered: the published knowledge-base article the answer cites' })
  @IsOptional()
  @IsUUID('all', { message: 'articleId must be the id of an article' })
  articleId?: string;

  @ApiPropertyOptional({ enum: EMERGENCY_SERVICES })
  @IsOptional()
  @IsIn(EMERGENCY_SERVICES, { message: `emergencyService must be one of: ${EMERGENCY_SERVICES.join(', ')}` })
  emergencyService?: EmergencyService;

  @ApiPropertyOptional({ example: '区人民法院', description: 'referred: the other legal channel' }) @IsOptional() @IsString() @Length(1, 200) referredTo?: string;
}
