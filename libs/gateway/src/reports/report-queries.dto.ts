import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const LEVELS = ['unit', 'street', 'district'];

export class MonthQuery {
  @ApiProperty({ example: '2026-11', description: "YYYY-MM in the district's time zone" })
  @Matches(MONTH, { message: 'month must look like 2026-11' })
  month!: string;
}

export class MonthParam extends MonthQuery {}

export class AreaRatesQuery extends MonthQuery {
  @ApiPropertyOptional({ enum: LEVELS, description: 'unit (default), street (with the units under it) or district' })
  @IsOptional()
  @IsIn(LEVELS, { message: 'level must be unit, street or district' })
  level?: 'unit' | 'street' | 'district';
}

export class HotspotsQuery extends MonthQuery {
  @ApiPropertyOptional({ enum: ['category', 'area'], description: 'category (default) or area (place)' })
  @IsOptional()
  @IsIn(['category', 'area'], { message: 'by must be category or area' })
  by?: 'category' | 'area';
}

export class RatesTrendQuery {
  @ApiPropertyOptional({ description: 'the unit (or street): required for level=unit (the default) and street; leave out for the district' }) @IsOptional() @IsString() @Length(1, 100) unitCode?: string;

  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS, { message: 'level must be unit, street or district' })
  level?: 'unit' | 'street' | 'district';

  @ApiPropertyOptional({ example: 12, description: 'how many months, ending with the current one (1–36)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'months must be a whole number' })
  @Min(1)
  @Max(36)
  months?: number;
}
