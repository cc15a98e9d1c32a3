import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { RegisterStationVisitDto, SaveStationDto, SaveStationScheduleDto, StationDashboardQuery } from './stations.dto';

/**
 * Deputy liaison stations (人大代表联络站, Zhejiang): stations and their points, opening schedules
 * and who sits, visitors registered at an opening (登记), each deputy's public link (online
 * station), and the dashboards per station and per deputy.
 */
@ApiTags('stations')
@Controller('stations')
export class StationsController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: 'The district’s stations with their points, schedules and next openings' })
  list(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.ListStations, actor, {});
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'District admin or the street’s liaison: a station and its points (one station, many points)' })
  create(@Actor() actor: ActorContext, @Body() body: SaveStationDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveStation, actor, { ...body }, options);
  }

  @Get('deputies/:deputyId/dashboard')
  @ApiOperation({ summary: 'A deputy’s station figures: issues, replied share, response times online vs offline, resolution, satisfaction, topics (?month=)' })
  deputyDashboard(@Actor() actor: ActorContext, @Param('deputyId') id: string, @Query() query: StationDashboardQuery) {
    return this.services.query(Subjects.DeputyStationDashboard, actor, { id, month: query.month });
  }

  @Post('deputies/:deputyId/link')
  @HttpCode(200)
  @ApiOperation({ summary: 'The deputy’s public link (online station; created once, then the same): admin, liaison or the deputy themself' })
  link(@Actor() actor: ActorContext, @Param('deputyId') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.EnsureDeputyLink, actor, { id }, options);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A station with its points, schedules and next openings' })
  get(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetStation, actor, { id });
  }

  @Put(':id')
  @ApiOperation({ summary: 'District admin or the street’s liaison: update a station and its points' })
  update(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: SaveStationDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveStation, actor, { ...body, stationId: id }, options);
  }

  @Post(':id/schedules')
  @HttpCode(201)
  @ApiOperation({ summary: 'An opening schedule (e.g. the 2nd and 4th Thursday, 14:00–17:00) and the deputies who sit; an invalid rule is 400' })
  schedule(@Actor() actor: ActorContext, @Param('id') stationId: string, @Body() body: SaveStationScheduleDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveStationSchedule, actor, { ...body, stationId }, options);
  }

  @Put(':id/schedules/:scheduleId')
  @ApiOperation({ summary: 'Change an opening schedule' })
  updateSchedule(
    @Actor() actor: ActorContext,
    @Param('id') stationId: string,
    @Param('scheduleId') scheduleId: string,
    @Body() body: SaveStationScheduleDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.services.command(Subjects.SaveStationSchedule, actor, { ...body, stationId, scheduleId }, options);
  }

  @Post(':id/visits')
  @HttpCode(201)
  @ApiOperation({ summary: '登记 — a visitor’s issue at an opening (a date of the schedule, not in the future): liaison, admin or a sitting deputy' })
  visit(@Actor() actor: ActorContext, @Param('id') stationId: string, @Body() body: RegisterStationVisitDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.RegisterStationVisit, actor, { ...body, stationId }, options);
  }

  @Get(':id/dashboard')
  @ApiOperation({ summary: 'A station’s figures: issues, replied share, response times online vs offline, resolution, satisfaction, topics (?month=)' })
  dashboard(@Actor() actor: ActorContext, @Param('id') id: string, @Query() query: StationDashboardQuery) {
    return this.services.query(Subjects.StationDashboard, actor, { id, month: query.month });
  }
}
