import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { DryRunQuery, SaveCatalogueRuleDto } from './admin.dto';

/** The dispatch catalogue (派单目录): category × area → lead unit and co-handlers. */
@ApiTags('admin')
@Controller('admin/catalogue')
export class CatalogueAdminController {
  constructor(private readonly services: ServiceCalls) {}

  @Get('rules')
  @ApiOperation({ summary: 'The catalogue rules (district admins, dispatchers, supervisors)' })
  list(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.ListCatalogueRules, actor, {});
  }

  @Post('rules')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a rule; category, area and units must be this district’s' })
  create(@Actor() actor: ActorContext, @Body() body: SaveCatalogueRuleDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveCatalogueRule, actor, body, options);
  }

  @Put('rules/:id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change a rule' })
  update(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: SaveCatalogueRuleDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveCatalogueRule, actor, { ...body, id }, options);
  }

  @Delete('rules/:id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a rule' })
  remove(@Actor() actor: ActorContext, @Param('id') id: string, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.DeleteCatalogueRule, actor, { id }, options);
  }

  @Get('dry-run')
  @ApiOperation({ summary: 'Which units a request of this category and place would reach, by which rule — or the fallback unit, or the queue and why' })
  dryRun(@Actor() actor: ActorContext, @Query() query: DryRunQuery) {
    return this.services.query(Subjects.DryRunCatalogue, actor, { categoryCode: query.categoryCode, areaCode: query.areaCode });
  }
}
