import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { STATION_ISSUE_SOURCES, STATION_ISSUE_STATES } from '@civicloop/contracts';
import { CoordinatesDto } from '../requests/coordinates.dto';
import { RecurrenceRuleDto } from './reception.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A place of a liaison station: the station itself or one of its points (联络点). */
export class StationPlaceDto extends CoordinatesDto {
  @ApiProperty({ example: '东华门街道人大代表联络站' }) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ example: 'donghua.nanchizi', description: 'an area of this district' }) @IsString() @Length(1, 100) areaCode!: string;
  @ApiProperty({ example: '南池子大街 12 号' }) @IsString() @Length(1, 500) address!: string;
}

export class StationPointDto extends StationPlaceDto {
  @ApiPropertyOptional({ description: 'an existing point of this station (kept); absent: a new point' }) @IsOptional() @IsUUID() pointId?: string;
}

/** A station and its points (one station, many points). */
export class SaveStationDto extends StationPlaceDto {
  @ApiProperty({ example: 'street-donghua', description: 'the street it serves' }) @IsString() @Length(1, 100) streetUnitCode!: string;
  @ApiProperty({ type: [StationPointDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => StationPointDto) points!: StationPointDto[];
}

/** An opening schedule: dates by rule, a local time window, the deputies who sit. */
export class SaveStationScheduleDto {
  @ApiPropertyOptional({ description: "one of the station's points; the station itself when absent" }) @IsOptional() @IsUUID() pointId?: string | null;
  @ApiProperty({ type: RecurrenceRuleDto, example: { kind: 'nth-weekdays-of-month', weekday: 4, nths: [2, 4] } })
  @ValidateNested()
  @Type(() => RecurrenceRuleDto)
  rule!: RecurrenceRuleDto;
  @ApiProperty({ example: '14:00', description: 'local time HH:MM' }) @Matches(TIME, { message: 'startTime must be a time HH:MM' }) startTime!: string;
  @ApiProperty({ example: '17:00', description: 'local time HH:MM, after startTime' }) @Matches(TIME, { message: 'endTime must be a time HH:MM' }) endTime!: string;
  @ApiProperty({ description: 'deputies of the registry who sit' }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) deputyIds!: string[];
  @ApiPropertyOptional({ example: '入学咨询' }) @IsOptional() @IsString() @Length(0, 200) topic?: string | null;
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @Matches(DATE, { message: 'validFrom must be a date (YYYY-MM-DD)' }) validFrom?: string | null;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @Matches(DATE, { message: 'validUntil must be a date (YYYY-MM-DD)' }) validUntil?: string | null;
}

/** 登记: a visitor's issue at an opening. */
export class RegisterStationVisitDto {
  @ApiProperty({ description: 'the schedule of the opening' }) @IsString() @Length(1, 100) scheduleId!: string;
  @ApiProperty({ example: '2026-11-26', description: 'a date of the schedule, today or past' }) @Matches(DATE, { message: 'date must be a date (YYYY-MM-DD)' }) date!: string;
  @ApiProperty({ example: '赵四' }) @IsString() @Length(1, 100) visitorName!: string;
  @ApiProperty({ example: '13700137000' }) @IsString() @Length(1, 40) visitorPhone!: string;
  @ApiProperty({ example: '小区门口路灯坏了两个月' }) @IsString() @Length(1, 4000) text!: string;
  @ApiPropertyOptional({ example: 'roads.lighting' }) @IsOptional() @IsString() @Length(1, 100) categoryCode?: string | null;
  @ApiPropertyOptional({ description: "the sitting deputy who receives it; the opening's deputies when absent" }) @IsOptional() @IsString() @Length(1, 100) deputyId?: string | null;
}

export class StationDashboardQuery {
  @ApiPropertyOptional({ example: '2026-11', description: 'month of receipt; all months when absent' }) @IsOptional() @Matches(MONTH, { message: 'month must be YYYY-MM' }) month?: string;
}

export class OpeningsQuery {
  @ApiPropertyOptional({ example: 'demo', description: 'without signing in: the district (tenant id)' }) @IsOptional() @IsString() district?: string;
}

/** An online message to a deputy (their public link). */
export class WriteToDeputyDto {
  @ApiProperty({ example: '小区电梯经常停运，物业不修' }) @IsString() @Length(1, 4000) text!: string;
  @ApiProperty({ example: '赵四', description: 'personal data: kept in intake, masked for staff; the unit that takes it on calls you' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ example: '13700137000' }) @IsString() @Length(1, 40) phone!: string;
  @ApiPropertyOptional({ example: 'housing.property' }) @IsOptional() @IsString() @Length(1, 100) categoryCode?: string | null;
  @ApiPropertyOptional({ example: 'donghua.nanchizi' }) @IsOptional() @IsString() @Length(1, 100) areaCode?: string | null;
  @ApiPropertyOptional({ example: '南池子大街 20 号' }) @IsOptional() @IsString() @Length(1, 500) address?: string | null;
}

/** Follow a message without an account: its number and secret code (kept out of the URL). */
export class FollowStationMessageDto {
  @ApiProperty({ example: 'LY2026-000001' }) @IsString() @Length(1, 40) messageNo!: string;
  @ApiProperty({ example: 'K7M2Q9XA' }) @IsString() @Length(1, 40) code!: string;
}

export class ListStationIssuesQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() station?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() deputy?: string;
  @ApiPropertyOptional({ enum: STATION_ISSUE_SOURCES })
  @IsOptional()
  @IsIn(STATION_ISSUE_SOURCES, { message: `source must be one of: ${STATION_ISSUE_SOURCES.join(', ')}` })
  source?: string;
  @ApiPropertyOptional({ enum: STATION_ISSUE_STATES })
  @IsOptional()
  @IsIn(STATION_ISSUE_STATES, { message: `state must be one of: ${STATION_ISSUE_STATES.join(', ')}` })
  state?: string;
}
