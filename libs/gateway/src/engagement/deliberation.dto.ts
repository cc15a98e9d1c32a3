import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  COMMUNITY_ISSUE_SOURCES,
  DELIBERATION_ROLES,
  REQUEST_TYPES,
  TRIAGE_LEVELS,
  type CommunityIssueSource,
  type DeliberationRole,
  type RequestType,
  type TriageLevel,
} from '@civicloop/contracts';
import { ApiCrossFieldRule, LEFT_OUT } from '../http/openapi/cross-field-rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISSUE_STATES = ['collected', 'self-solved', 'community', 'on-agenda', 'decided', 'solved', 'ordered'];
const SESSION_STATES = ['planned', 'held', 'decided', 'closed'];
const oneOf = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

export class ReporterDto {
  @ApiProperty({ example: '刘阿姨' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ example: '13600136000' }) @IsString() @Length(1, 40) phone!: string;
}

/** An issue collected in a community (楼栋巡查, 意见箱, 微信群, 走访). */
export class CollectCommunityIssueDto {
  @ApiProperty({ example: 'donghua.nanchizi', description: "area code of a community in the district's reference" }) @IsString() @Length(1, 100) communityAreaCode!: string;
  @ApiProperty({ example: '3号楼楼道堆放杂物，影响通行' }) @IsString() @Length(1, 4000) text!: string;
  @ApiProperty({ enum: COMMUNITY_ISSUE_SOURCES }) @IsIn(COMMUNITY_ISSUE_SOURCES, { message: `source ${oneOf(COMMUNITY_ISSUE_SOURCES)}` }) source!: CommunityIssueSource;
  @ApiPropertyOptional({ type: ReporterDto, description: 'personal data: masked in views, never in events' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReporterDto)
  reporter?: ReporterDto;
}

/** 社区下单: the order to a unit of this district (it becomes a request in the loop). */
export class DepartmentOrderDto {
  @ApiProperty({ example: 'housing-bureau', description: 'a unit of this district' }) @IsString() @Length(1, 100) unitCode!: string;
  @ApiProperty({ example: 'housing.property' }) @IsString() @Length(1, 100) categoryCode!: string;
  @ApiProperty({ enum: REQUEST_TYPES }) @IsIn(REQUEST_TYPES, { message: `type ${oneOf(REQUEST_TYPES)}` }) type!: RequestType;
  @ApiProperty({ example: '南池子大街 12 号院' }) @IsString() @Length(1, 500) address!: string;
  @ApiProperty({ example: '陈主任', description: "the community's contact: the request's resident, called back" }) @IsString() @Length(1, 100) contactName!: string;
  @ApiProperty({ example: '01065550000' }) @IsString() @Length(1, 40) contactPhone!: string;
  @ApiPropertyOptional({ example: '业委会与物业协商未果，请住建委协调' }) @IsOptional() @IsString() @Length(0, 4000) note?: string;
}

@ApiCrossFieldRule('self-solved needs a resolution; department needs an order; community needs neither', {
  anyOf: [
    { required: ['resolution'], properties: { level: { enum: ['self-solved'] }, resolution: { type: 'string', pattern: '\\S' }, order: LEFT_OUT } },
    { properties: { level: { enum: ['community'] }, resolution: LEFT_OUT, order: LEFT_OUT } },
    { required: ['order'], properties: { level: { enum: ['department'] }, resolution: LEFT_OUT } },
  ],
})
export class TriageCommunityIssueDto {
  @ApiProperty({ enum: TRIAGE_LEVELS }) @IsIn(TRIAGE_LEVELS, { message: `level ${oneOf(TRIAGE_LEVELS)}` }) level!: TriageLevel;
  @ApiPropertyOptional({ example: '楼长组织居民当天清理完毕', description: 'self-solved: what the residents did' }) @IsOptional() @IsString() @Length(1, 4000) resolution?: string;
  @ApiPropertyOptional({ type: DepartmentOrderDto, description: 'department: the order' }) @IsOptional() @ValidateNested() @Type(() => DepartmentOrderDto) order?: DepartmentOrderDto;
}

export class ListCommunityIssuesQuery {
  @ApiPropertyOptional({ example: 'donghua.nanchizi' }) @IsOptional() @IsString() @Length(1, 100) community?: string;
  @ApiPropertyOptional({ enum: ISSUE_STATES }) @IsOptional() @IsIn(ISSUE_STATES, { message: `state ${oneOf(ISSUE_STATES)}` }) state?: string;
  @ApiPropertyOptional({ example: '2026-11', description: 'collected in this month' }) @IsOptional() @Matches(MONTH, { message: 'month must be YYYY-MM' }) month?: string;
}

export class ParticipantDto {
  @ApiProperty({ enum: DELIBERATION_ROLES }) @IsIn(DELIBERATION_ROLES, { message: `role ${oneOf(DELIBERATION_ROLES)}` }) role!: DeliberationRole;
  @ApiProperty({ example: '物业公司项目经理' }) @IsString() @Length(1, 100) name!: string;
  @ApiPropertyOptional({ description: 'casts a ballot (default true)' }) @IsOptional() @IsBoolean() votes?: boolean;
}

export class AgendaItemDto {
  @ApiProperty({ description: 'a community-level issue of the same community' }) @IsUUID() issueId!: string;
  @ApiProperty({ example: ['物业统一清运', '居民自行清理，社区监督'] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  options!: string[];
}

/** A deliberation session (议事会) planned: community, date, place, agenda and participants. */
export class PlanDeliberationSessionDto {
  @ApiProperty({ example: 'donghua.nanchizi' }) @IsString() @Length(1, 100) communityAreaCode!: string;
  @ApiProperty({ example: '2026-11-26' }) @Matches(DATE, { message: 'date must be a date (YYYY-MM-DD)' }) date!: string;
  @ApiProperty({ example: '南池子社区议事厅' }) @IsString() @Length(1, 200) place!: string;
  @ApiProperty({ type: [AgendaItemDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AgendaItemDto) agenda!: AgendaItemDto[];
  @ApiProperty({ type: [ParticipantDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ParticipantDto) participants!: ParticipantDto[];
}

export class ListDeliberationSessionsQuery {
  @ApiPropertyOptional({ example: 'donghua.nanchizi' }) @IsOptional() @IsString() @Length(1, 100) community?: string;
  @ApiPropertyOptional({ enum: SESSION_STATES }) @IsOptional() @IsIn(SESSION_STATES, { message: `state ${oneOf(SESSION_STATES)}` }) state?: string;
  @ApiPropertyOptional({ example: '2026-11' }) @IsOptional() @Matches(MONTH, { message: 'month must be YYYY-MM' }) month?: string;
}

export class HoldDeliberationSessionDto {
  @ApiPropertyOptional({ type: [ParticipantDto], description: 'who actually came, when different from the plan' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  participants?: ParticipantDto[];
  @ApiPropertyOptional({ example: '三方到会，围绕楼道堆物问题充分讨论' }) @IsOptional() @IsString() @Length(0, 8000) minutes?: string;
}

export class RecordVoteDto {
  @ApiProperty({ example: [5, 2], description: "ballots per option, in the item's option order; their sum at most the participants who vote" })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(100000, { each: true })
  counts!: number[];
}

@ApiCrossFieldRule('kind option names an option index; kind order carries the order', {
  anyOf: [
    { required: ['option'], properties: { kind: { enum: ['option'] }, order: LEFT_OUT } },
    { required: ['order'], properties: { kind: { enum: ['order'] }, option: LEFT_OUT } },
  ],
})
export class AgendaDecisionDto {
  @ApiProperty() @IsUUID() itemId!: string;
  @ApiProperty({ enum: ['option', 'order'] }) @IsIn(['option', 'order'], { message: 'kind must be option or order' }) kind!: 'option' | 'order';
  @ApiPropertyOptional({ example: 0, description: "option: the chosen option's index" }) @IsOptional() @IsInt() @Min(0) @Max(9) option?: number;
  @ApiPropertyOptional({ type: DepartmentOrderDto, description: 'order: ordered from a department (部门接单)' }) @IsOptional() @ValidateNested() @Type(() => DepartmentOrderDto) order?: DepartmentOrderDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 4000) note?: string;
}

export class FollowUpTaskDto {
  @ApiPropertyOptional({ description: 'the agenda item it follows up' }) @IsOptional() @IsUUID() itemId?: string;
  @ApiProperty({ example: '物业一周内清运楼道杂物' }) @IsString() @Length(1, 1000) title!: string;
  @ApiProperty({ enum: DELIBERATION_ROLES }) @IsIn(DELIBERATION_ROLES, { message: `ownerRole ${oneOf(DELIBERATION_ROLES)}` }) ownerRole!: DeliberationRole;
  @ApiProperty({ example: '物业公司' }) @IsString() @Length(1, 100) ownerName!: string;
  @ApiProperty({ example: '2026-12-03' }) @Matches(DATE, { message: 'dueDate must be a date (YYYY-MM-DD)' }) dueDate!: string;
}

export class DecideDeliberationSessionDto {
  @ApiProperty({ type: [AgendaDecisionDto], description: 'one decision for every agenda item' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AgendaDecisionDto)
  decisions!: AgendaDecisionDto[];
  @ApiPropertyOptional({ type: [FollowUpTaskDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FollowUpTaskDto) tasks?: FollowUpTaskDto[];
}

export class CompleteTaskDto {
  @ApiProperty({ example: '已清运完毕，居民代表验收' }) @IsString() @Length(1, 4000) note!: string;
}

export class TaskParam {
  @IsString() id!: string;
  @IsString() taskId!: string;
}

export class DeliberationStatisticsQuery {
  @ApiProperty({ example: '2026-11' }) @Matches(MONTH, { message: 'month must be YYYY-MM' }) month!: string;
  @ApiPropertyOptional({ example: 'donghua.nanchizi' }) @IsOptional() @IsString() @Length(1, 100) community?: string;
}

export class PublicDecisionsQuery {
  @ApiPropertyOptional({ example: 'demo', description: 'without signing in: the district (tenant id)' }) @IsOptional() @IsString() district?: string;
  @ApiPropertyOptional({ example: 'donghua.nanchizi' }) @IsOptional() @IsString() @Length(1, 100) community?: string;
}
