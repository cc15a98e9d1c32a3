import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { REPLY_OUTCOMES, type ReplyOutcome } from '@civicloop/contracts';
import { ApiCrossFieldRule, textRequiredUnless } from '../http/openapi/cross-field-rule';

export class RaiseObjectionDto {
  @ApiProperty({ example: '该路段不属于本街道辖区' }) @IsString() @Length(2, 2000) reason!: string;
}

@ApiCrossFieldRule('upholding names the unit that takes the order instead', {
  anyOf: [{ properties: { decision: { enum: ['reject'] } } }, { required: ['unitCode'], properties: { unitCode: { type: 'string', minLength: 1 } } }],
})
export class ReviewObjectionDto {
  @ApiProperty({ enum: ['uphold', 'reject'] })
  @IsIn(['uphold', 'reject'], { message: 'decision must be uphold or reject' })
  decision!: 'uphold' | 'reject';

  @ApiPropertyOptional({ description: 'required when upholding: the unit that takes the order instead' })
  @ValidateIf((dto: ReviewObjectionDto) => dto.decision === 'uphold')
  @IsString({ message: 'unitCode is required when upholding an objection' })
  @Length(1, 100)
  unitCode?: string;

  @ApiProperty() @IsString() @Length(0, 2000) note!: string;
}

@ApiCrossFieldRule('refusing gives the unit the reason (note)', textRequiredUnless('note', 'decision', ['approve']))
export class ManagerObjectionDecisionDto {
  @ApiProperty({ enum: ['approve', 'refuse'], description: 'approve: on to review; refuse: back to the unit (a note is required)' })
  @IsIn(['approve', 'refuse'], { message: 'decision must be approve or refuse' })
  decision!: 'approve' | 'refuse';

  @ApiPropertyOptional({ description: 'required when refusing' }) @IsOptional() @IsString() @Length(0, 2000) note?: string;
}

export class RequestExtensionDto {
  @ApiProperty({ example: '需协调供水管线施工，预计两周内完成', description: 'shown to the resident' }) @IsString() @Length(2, 2000) reason!: string;

  @ApiProperty({ example: '2026-12-01T18:00:00+08:00', description: 'the new feedback deadline, after the current one and within the cap' })
  @IsISO8601({ strict: true }, { message: 'requestedDeadline must be an ISO 8601 date and time' })
  requestedDeadline!: string;
}

export class RecordReplyDto {
  @ApiProperty({ enum: REPLY_OUTCOMES, description: '已解决 solved, 部分解决 partly solved, 已解释 explained' })
  @IsIn(REPLY_OUTCOMES, { message: `outcome must be one of: ${REPLY_OUTCOMES.join(', ')}` })
  outcome!: ReplyOutcome;

  @ApiProperty({ example: '已联系居民，疏通下水道，现场恢复正常。' }) @IsString() @Length(1, 4000) text!: string;
}

export class ListAssignmentsQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) unitCode?: string;
}
