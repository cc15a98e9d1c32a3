import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { REQUEST_TYPES, type RequestType } from '@civicloop/contracts';

/** 交办: the issue becomes a request (channel station, the deputies attached). */
export class HandOnStationIssueDto {
  @ApiProperty({ enum: REQUEST_TYPES }) @IsIn(REQUEST_TYPES, { message: `type must be one of: ${REQUEST_TYPES.join(', ')}` }) type!: RequestType;
  @ApiProperty({ example: 'housing.property' }) @IsString() @Length(1, 100) categoryCode!: string;
  @ApiProperty({ example: 'donghua.nanchizi' }) @IsString() @Length(1, 100) areaCode!: string;
  @ApiProperty({ example: '南池子大街 20 号' }) @IsString() @Length(1, 500) address!: string;
  @ApiPropertyOptional({ example: 'street-donghua', description: 'a unit of this district; by the dispatch catalogue when absent' }) @IsOptional() @IsString() @Length(1, 100) unitCode?: string | null;
  @ApiPropertyOptional({ example: '请街道协调物业尽快修复' }) @IsOptional() @IsString() @Length(0, 4000) note?: string | null;
}

/** 回复: the deputy's answer to the resident. */
export class ReplyStationIssueDto {
  @ApiProperty({ example: '已交街道办理，物业承诺本周内修复电梯。' }) @IsString() @Length(1, 4000) text!: string;
}
