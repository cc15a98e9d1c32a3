import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ErrorBodyDto } from '../http/openapi/error-body.dto';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { AreaRatesQuery, HotspotsQuery, MonthParam, MonthQuery, RatesTrendQuery } from './report-queries.dto';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly services: ServiceCalls) {}

  @Get('unit-rates')
  @ApiOperation({ summary: 'The three rates (三率) and composite index per unit for a month, ranked' })
  unitRates(@Actor() actor: ActorContext, @Query() query: MonthQuery) {
    return this.services.query(Subjects.UnitMonthRates, actor, { month: query.month });
  }

  @Get('rates')
  @ApiOperation({ summary: 'The three rates and composite index per unit, street (with the units under it) or the district, ranked, with every exclusion' })
  rates(@Actor() actor: ActorContext, @Query() query: AreaRatesQuery) {
    return this.services.query(Subjects.AreaMonthRates, actor, { month: query.month, level: query.level ?? 'unit' });
  }

  @Get('rates/trend')
  @ApiOperation({ summary: "A unit's (street's, the district's) rates month by month up to now, with rank and change" })
  @ApiResponse({ status: 404, description: 'no unit (street) with that unitCode in your district', type: ErrorBodyDto })
  trend(@Actor() actor: ActorContext, @Query() query: RatesTrendQuery) {
    return this.services.query(Subjects.RatesTrend, actor, { unitCode: query.unitCode, level: query.level, months: query.months });
  }

  @Get('hotspots')
  @ApiOperation({ summary: '热点: a month\'s requests by category or by place beside the month before, rising ones flagged, and how many residents called repeatedly' })
  @ApiResponse({ status: 403, description: 'only agents, dispatchers, supervisors and district admins see the whole district', type: ErrorBodyDto })
  hotspots(@Actor() actor: ActorContext, @Query() query: HotspotsQuery) {
    return this.services.query(Subjects.Hotspots, actor, { month: query.month, by: query.by ?? 'category' });
  }

  @Post('rankings/:month/publish')
  @HttpCode(201)
  @ApiOperation({ summary: "A supervisor publishes an ended month's rankings as a frozen snapshot (version 1)" })
  publish(@Actor() actor: ActorContext, @Param() params: MonthParam, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.PublishRanking, actor, { month: params.month }, options);
  }

  @Get('rankings/:month')
  @ApiOperation({ summary: "A month's published rankings: the first version and any corrected versions beside it" })
  published(@Actor() actor: ActorContext, @Param() params: MonthParam) {
    return this.services.query(Subjects.PublishedRankings, actor, { month: params.month });
  }
}
