import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects } from '@civicloop/contracts';
import { Public } from '../identity/public.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { DistrictQuery } from '../knowledge/article.dto';
import { OptionalActor } from '../knowledge/optional-actor';
import { FollowStationMessageDto, WriteToDeputyDto } from './stations.dto';

type HeaderMap = Record<string, string | string[] | undefined>;

/**
 * The public side of the liaison stations, without signing in (?district=) or as a signed-in
 * resident: the stations and their next openings (公告, for the page and the map), a deputy's card
 * behind their link, writing to the deputy, and following a message by number and secret code.
 * Deputies appear by name and body only; no contact ever.
 */
@ApiTags('stations')
@Controller('public')
export class PublicStationsController {
  constructor(
    private readonly services: ServiceCalls,
    private readonly readers: OptionalActor,
  ) {}

  @Get('stations')
  @Public()
  @ApiOperation({ summary: 'Stations of ?district= with their points, WGS-84 coordinates and next openings (time window, place, deputies by name and body)' })
  async stations(@Headers() headers: HeaderMap, @Query() query: DistrictQuery) {
    return this.services.query(Subjects.PublicStations, await this.readers.resolve(headers, query.district), {});
  }

  @Get('deputy-links/:token')
  @Public()
  @ApiOperation({ summary: 'The deputy behind a public link: name, body, level, profession, expertise, station (unknown link: 404)' })
  async deputyCard(@Headers() headers: HeaderMap, @Param('token') token: string, @Query() query: DistrictQuery) {
    return this.services.query(Subjects.PublicDeputyCard, await this.readers.resolve(headers, query.district), { id: token });
  }

  @Post('deputy-links/:token/messages')
  @Public()
  @HttpCode(201)
  @ApiOperation({ summary: 'Write to the deputy (online station): signed-in resident, or anonymous with name and phone; answers the message number and secret code' })
  async write(@Headers() headers: HeaderMap, @Param('token') token: string, @Query() query: DistrictQuery, @Body() body: WriteToDeputyDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.WriteToDeputy, await this.readers.resolve(headers, query.district), { ...body, token }, options);
  }

  @Post('station-messages/follow')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Follow a message by its number and secret code: its state, the reply and the request it became (wrong pair: 404)' })
  async follow(@Headers() headers: HeaderMap, @Query() query: DistrictQuery, @Body() body: FollowStationMessageDto) {
    return this.services.query(Subjects.FollowStationMessage, await this.readers.resolve(headers, query.district), { ...body });
  }
}
