import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { SaveArticlePayload } from '@civicloop/contracts';
import { ApiCrossFieldRule, textRequiredUnless } from '../http/openapi/cross-field-rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A unit's knowledge-base article (知识库): a policy or standard answer. */
export class SaveArticleDto implements Omit<SaveArticlePayload, 'articleId'> {
  @ApiProperty({ example: '计划停水通知在哪里查询' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: '计划停水会提前 24 小时在小区公告栏公布……' }) @IsString() @Length(1, 20_000) body!: string;

  @ApiProperty({ example: ['utilities.water.outage'], description: "category codes of the district's tree" })
  @ArrayMinSize(1, { message: 'categoryCodes must name at least one category' })
  @ArrayMaxSize(20, { message: 'categoryCodes must name at most 20 categories' })
  @IsString({ each: true })
  categoryCodes!: string[];

  @ApiProperty({ example: 'water-authority', description: 'the unit that keeps the article (yours)' }) @IsString() @Length(1, 100) ownerUnitCode!: string;
  @ApiProperty({ example: '2026-01-01' }) @Matches(DATE, { message: 'validFrom must be a date (YYYY-MM-DD)' }) validFrom!: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'inclusive; absent for open-ended' })
  @IsOptional()
  @Matches(DATE, { message: 'validTo must be a date (YYYY-MM-DD)' })
  validTo?: string;
}

/** The district's decision on an article under review. */
@ApiCrossFieldRule('rejecting says why (note)', textRequiredUnless('note', 'decision', ['approve']))
export class ReviewArticleDto {
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject'], { message: 'decision must be approve or reject' }) decision!: 'approve' | 'reject';
  @ApiPropertyOptional({ example: '请补充临时供水点信息', description: 'required to reject' }) @IsOptional() @IsString() @Length(0, 2000) note?: string;
}

export class SearchArticlesQuery {
  @ApiPropertyOptional({ example: '停水', description: 'words in Chinese or not; ranked by character pairs' }) @IsOptional() @IsString() @Length(0, 200) q?: string;
  @ApiPropertyOptional({ example: 'utilities.water', description: 'articles under this category, its parents or its children' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  category?: string;

  @ApiPropertyOptional({ enum: ['draft', 'in-review', 'published', 'rejected'], description: "staff: e.g. in-review for the reviewers' queue" })
  @IsOptional()
  @IsIn(['draft', 'in-review', 'published', 'rejected'], { message: 'status must be one of: draft, in-review, published, rejected' })
  status?: string;

  @ApiPropertyOptional({ default: 20, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(50, { message: 'limit must be at most 50' })
  limit?: number;

  @ApiPropertyOptional({ example: 'demo', description: 'without signing in: the district (tenant id) to search' })
  @IsOptional()
  @IsString()
  district?: string;
}

export class DistrictQuery {
  @ApiPropertyOptional({ example: 'demo', description: 'without signing in: the district (tenant id)' }) @IsOptional() @IsString() district?: string;
}
