import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { ServiceCalls } from '../http/service-calls';

export class MonthQuery {
  @ApiProperty({ example: '2026-11', description: "YYYY-MM in the district's time zone" })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must look like 2026-11' })
  month!: string;
}

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly services: ServiceCalls) {}

  @Get('unit-rates')
  @ApiOperation({ summary: 'The three rates (三率) and composite index per unit for a month, ranked' })
  unitRates(@Actor() actor: ActorContext, @Query() query: MonthQuery) {
    return this.services.query(Subjects.UnitMonthRates, actor, { month: query.month });
  }
}
