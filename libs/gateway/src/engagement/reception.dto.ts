import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { RECEPTION_LEGS, REQUEST_TYPES, type ReceptionLeg, type RequestType } from '@civicloop/contracts';
import { ApiCrossFieldRule } from '../http/openapi/cross-field-rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class RecurrenceRuleDto {
  @ApiProperty({ enum: ['last-weekday-of-month', 'nth-weekdays-of-month'] })
  @IsIn(['last-weekday-of-month', 'nth-weekdays-of-month'], { message: 'kind must be last-weekday-of-month or nth-weekdays-of-month' })
  kind!: 'last-weekday-of-month' | 'nth-weekdays-of-month';
  @ApiProperty({ example: 4, description: 'ISO weekday: 1 Monday … 7 Sunday' }) @IsInt() @Min(1) @Max(7) weekday!: number;
  @ApiPropertyOptional({ example: [2, 4], description: 'nth-weekdays-of-month: which weeks' }) @IsOptional() @IsInt({ each: true }) nths?: number[];
}

export class TeamDto {
  @ApiProperty({ description: 'deputies of the registry' }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) deputyIds!: string[];
}

/** Step 1: a street's annual plan. */
export class PlanReceptionsDto {
  @ApiProperty({ example: 'street-jingshan' }) @IsString() @Length(1, 100) streetUnitCode!: string;
  @ApiProperty({ example: 2027 }) @IsInt() year!: number;
  @ApiPropertyOptional({ example: 1, description: 'plan from this month on' }) @IsOptional() @IsInt() fromMonth?: number;
  @ApiProperty({ type: RecurrenceRuleDto }) @ValidateNested() @Type(() => RecurrenceRuleDto) rule!: RecurrenceRuleDto;
  @ApiProperty({ example: ['jingshan.huangcheng'], description: 'places rotate over these communities' }) @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) communityAreaCodes!: string[];
  @ApiProperty({ enum: ['two-representatives-one-member', 'free'] })
  @IsIn(['two-representatives-one-member', 'free'], { message: 'composition must be two-representatives-one-member or free' })
  composition!: 'two-representatives-one-member' | 'free';
  @ApiProperty({ type: [TeamDto], description: 'teams rotate over the dates' }) @IsArray() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => TeamDto) teams!: TeamDto[];
}

export class ListReceptionsQuery {
  @ApiPropertyOptional({ example: 'street-jingshan' }) @IsOptional() @IsString() street?: string;
  @ApiPropertyOptional({ example: '2027-01' }) @IsOptional() @Matches(MONTH, { message: 'month must be YYYY-MM' }) month?: string;
  @ApiPropertyOptional({ enum: ['planned', 'announced', 'held', 'archived'] })
  @IsOptional()
  @IsIn(['planned', 'announced', 'held', 'archived'], { message: 'state must be one of: planned, announced, held, archived' })
  state?: string;
}

/** Step 2: a visitor pre-registers with a topic. */
export class RegisterVisitorDto {
  @ApiProperty({ example: '赵四' }) @IsString() @Length(1, 100) visitorName!: string;
  @ApiProperty({ example: '13700137000' }) @IsString() @Length(1, 40) visitorPhone!: string;
  @ApiProperty({ example: '路口信号灯坏了一个月' }) @IsString() @Length(1, 2000) topic!: string;
  @ApiPropertyOptional({ example: 'traffic.signal' }) @IsOptional() @IsString() @Length(1, 100) categoryCode?: string;
  @ApiPropertyOptional({ example: ['交通'] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) tags?: string[];
}

export class ReceptionIssueDto {
  @ApiProperty({ example: '胡同口下水道堵塞' }) @IsString() @Length(1, 4000) description!: string;
  @ApiProperty({ enum: REQUEST_TYPES }) @IsIn(REQUEST_TYPES, { message: `type must be one of: ${REQUEST_TYPES.join(', ')}` }) type!: RequestType;
  @ApiProperty({ example: 'drainage.blockage' }) @IsString() @Length(1, 100) categoryCode!: string;
  @ApiProperty({ example: 'jingshan.huangcheng' }) @IsString() @Length(1, 100) areaCode!: string;
  @ApiProperty({ example: '景山东街 8 号' }) @IsString() @Length(1, 500) address!: string;
  @ApiPropertyOptional({ description: '当场解答: answered on the spot, no letter' }) @IsOptional() @IsBoolean() solvedOnSite?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 4000) onSiteAnswer?: string;
}

@ApiCrossFieldRule('a pre-registered visitor (registrationId) or a walk-in with name and phone', {
  anyOf: [{ required: ['registrationId'], properties: { registrationId: { type: 'string' } } }, { required: ['name', 'phone'], properties: { name: { type: 'string' }, phone: { type: 'string' } } }],
})
export class ReceivedResidentDto {
  @ApiPropertyOptional({ description: 'a pre-registered visitor' }) @IsOptional() @IsUUID() registrationId?: string;
  @ApiPropertyOptional({ description: 'a walk-in' }) @IsOptional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) phone?: string;
  @ApiProperty({ type: [ReceptionIssueDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ReceptionIssueDto) issues!: ReceptionIssueDto[];
}

/** Step 4: the reception as it took place. */
export class HoldReceptionDto {
  @ApiProperty({ example: '2027-01-28', description: 'a date of the plan' }) @Matches(DATE, { message: 'date must be a date (YYYY-MM-DD)' }) date!: string;
  @ApiPropertyOptional({ description: "the team members who came; the day's team when absent" }) @IsOptional() @IsArray() @IsString({ each: true }) presentDeputyIds?: string[];
  @ApiProperty({ type: [ReceivedResidentDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ReceivedResidentDto) residents!: ReceivedResidentDto[];
}

/** Step 5: deliberation and the work letter. */
export class SendWorkLetterDto {
  @ApiProperty({ example: 'traffic-police', description: 'a unit of this district' }) @IsString() @Length(1, 100) unitCode!: string;
  @ApiProperty({ example: '三位代表委员现场查看，一致认为应尽快修复。' }) @IsString() @Length(1, 4000) deliberation!: string;
  @ApiProperty({ example: '请于一周内修复该路口信号灯。' }) @IsString() @Length(1, 8000) body!: string;
  @ApiProperty({ description: 'a deputy who received the issue' }) @IsString() signedByDeputyId!: string;
}

/** Step 6: a leg of the reply chain answered. */
export class ReplyOnLegDto {
  @ApiProperty({ example: '已安排维修，预计三日内完成。' }) @IsString() @Length(1, 4000) note!: string;
}

/** The route's parameters (validated as a whole: the issue id and the leg). */
export class LegParam {
  @IsString() id!: string;
  @IsIn(RECEPTION_LEGS, { message: `leg must be one of: ${RECEPTION_LEGS.join(', ')}` }) leg!: ReceptionLeg;
}

export class FlagTypicalDto {
  @ApiProperty({ example: '代表现场协调，一周内解决' }) @IsString() @Length(1, 2000) note!: string;
}

export class ListIssuesQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() reception?: string;
  @ApiPropertyOptional({ description: 'only issues with a leg escalated to the district office' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'escalated must be true or false' })
  escalated?: string;
}

export class StatisticsQuery {
  @ApiProperty({ example: '2027-01' }) @Matches(MONTH, { message: 'month must be YYYY-MM' }) month!: string;
  @ApiPropertyOptional({ example: 'street-jingshan' }) @IsOptional() @IsString() street?: string;
}

