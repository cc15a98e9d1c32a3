import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class AppealAssessmentDto {
  @ApiProperty({ description: "the assignment (派单) whose assessment the unit appeals" })
  @IsUUID('all', { message: 'assignmentId must be the id of an assignment' })
  assignmentId!: string;

  @ApiProperty({ example: '工单地址登记错误，签收延误非本单位原因。' }) @IsString() @Length(2, 2000) reason!: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: ['accept', 'reject'] })
  @IsIn(['accept', 'reject'], { message: 'decision must be accept or reject' })
  decision!: 'accept' | 'reject';

  @ApiPropertyOptional({ description: 'required when rejecting: why the appeal is not upheld' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class ListAppealsQuery {
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'accepted', 'rejected'], { message: 'state must be pending, accepted or rejected' })
  state?: string;
}

export class FlagUnreasonableDto {
  @ApiProperty({ example: '同一诉求人就已办结事项反复诉求并辱骂工作人员。' }) @IsString() @Length(2, 2000) reason!: string;
}

export class AssessmentWeightsDto {
  @ApiProperty({ example: 0.1 }) @IsNumber({}, { message: 'response must be a number' }) @Min(0) @Max(1) response!: number;
  @ApiProperty({ example: 0.5 }) @IsNumber({}, { message: 'resolution must be a number' }) @Min(0) @Max(1) resolution!: number;
  @ApiProperty({ example: 0.4 }) @IsNumber({}, { message: 'satisfaction must be a number' }) @Min(0) @Max(1) satisfaction!: number;

  @ApiPropertyOptional({ example: 0.9, description: 'how much "basically satisfied" (基本满意) counts in the index; 0.9 when left out' })
  @IsOptional()
  @IsNumber({}, { message: 'basicallySatisfiedWeight must be a number' })
  @Min(0)
  @Max(1)
  basicallySatisfiedWeight?: number;
}
