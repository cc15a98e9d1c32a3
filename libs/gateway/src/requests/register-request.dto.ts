import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { CHANNELS, REQUEST_TYPES, URGENCIES, type Channel, type RegisterRequestPayload, type RequestType, type Urgency } from '@civicloop/contracts';
import { CoordinatesDto } from './coordinates.dto';
import { TriageDto } from './triage-request.dto';

/** Mainland mobile numbers (11 digits from 1[3-9]) or landlines with area code (010-12345678). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export class RegisterRequestDto extends CoordinatesDto implements RegisterRequestPayload {
  @ApiProperty({ enum: CHANNELS, example: 'hotline' })
  @IsIn(CHANNELS, { message: `channel must be one of: ${CHANNELS.join(', ')}` })
  channel!: Channel;

  @ApiProperty({ enum: REQUEST_TYPES, example: 'complaint', description: '咨询 consultation, 求助 help, 投诉 complaint, 举报 report, 建议 suggestion, 表扬 praise' })
  @IsIn(REQUEST_TYPES, { message: `type must be one of: ${REQUEST_TYPES.join(', ')}` })
  type!: RequestType;

  @ApiProperty({ example: 'drainage.blockage', description: "a category code of the district's category tree" })
  @IsString()
  @Length(1, 100)
  categoryCode!: string;

  @ApiProperty({ example: '小区门口下水道堵塞，污水外溢。' })
  @IsString()
  @Length(1, 4000)
  description!: string;

  @ApiProperty({ example: 'donghua.nanchizi', description: "an area code of the district's area tree" })
  @IsString()
  @Length(1, 100)
  areaCode!: string;

  @ApiProperty({ example: '南池子大街 12 号' })
  @IsString()
  @Length(1, 500)
  address!: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @Length(1, 100)
  residentName!: string;

  @ApiProperty({ example: '13800138000' })
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'residentPhone must be a mainland mobile number (13800138000) or a landline with area code (010-12345678)' })
  residentPhone!: string;

  @ApiProperty({ enum: URGENCIES, example: 'general' })
  @IsIn(URGENCIES, { message: `urgency must be one of: ${URGENCIES.join(', ')}` })
  urgency!: Urgency;

  @ApiProperty({ description: '保密: hides the resident from units' })
  @IsBoolean()
  confidential!: boolean;

  @ApiPropertyOptional({ type: TriageDto, description: 'register and triage in one command (e.g. a consultation answered at once): never dispatched' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TriageDto)
  triage?: TriageDto;
}
