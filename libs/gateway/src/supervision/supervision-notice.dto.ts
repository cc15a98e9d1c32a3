import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

/** 督办通知: what the unit is to do, and by when. */
export class SupervisionNoticeDto {
  @ApiProperty({ example: '请于明日17时前签收并联系居民' }) @IsString() @Length(1, 2000) note!: string;
  @ApiProperty({ description: 'the new deadline, an ISO 8601 instant after now' }) @IsISO8601({ strict: true }) dueAt!: string;
}

export class SupervisionNoticesQuery {
  @ApiPropertyOptional({ description: 'only notices to this unit' }) @IsOptional() @IsString() @Length(1, 100) unitCode?: string;
  @ApiPropertyOptional({ description: 'only notices about this assignment' }) @IsOptional() @IsString() @Length(1, 100) assignmentId?: string;
}
