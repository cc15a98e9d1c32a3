import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext, type ListDeputiesPayload } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ErrorBodyDto } from '../http/openapi/error-body.dto';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { ListDeputiesQuery, SaveDeputyDto } from './deputy.dto';

/** The deputies' registry (代表委员名册): district admins and liaisons keep it; contacts are masked for others. */
@ApiTags('deputies')
@Controller('deputies')
export class DeputiesController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: 'Search and filter deputies (?q=&body=&level=&expertise=&inSystem=)' })
  list(@Actor() actor: ActorContext, @Query() query: ListDeputiesQuery) {
    const payload: ListDeputiesPayload = { q: query.q, body: query.body, level: query.level, expertise: query.expertise, inSystem: query.inSystem };
    return this.services.query(Subjects.ListDeputies, actor, payload);
  }

  @Get('me')
  @ApiOperation({ summary: "A deputy's own registry entry, linked to their account (404 when none is)" })
  @ApiResponse({ status: 404, description: 'no registry entry is linked to your account', type: ErrorBodyDto })
  own(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.GetOwnDeputy, actor, {});
  }

  @Get(':id')
  @ApiOperation({ summary: 'A deputy' })
  get(@Actor() actor: ActorContext, @Param('id') id: string) {
    return this.services.query(Subjects.GetDeputy, actor, { id });
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'District admin or liaison: add a deputy' })
  create(@Actor() actor: ActorContext, @Body() body: SaveDeputyDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveDeputy, actor, { ...body }, options);
  }

  @Put(':id')
  @ApiOperation({ summary: 'District admin or liaison: update a deputy' })
  update(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: SaveDeputyDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveDeputy, actor, { ...body, deputyId: id }, options);
  }
}
