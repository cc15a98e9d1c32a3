import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { SaveCategoryDto, SaveReferenceNodeDto, SaveUnitDto } from './admin.dto';

/** District admins keep the district's units, areas and categories (create or change by code). */
@ApiTags('admin')
@Controller('admin')
export class ReferenceAdminController {
  constructor(private readonly services: ServiceCalls) {}

  @Put('units/:code')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create or change a unit (承办单位): name, parent unit, kind' })
  saveUnit(@Actor() actor: ActorContext, @Param('code') code: string, @Body() body: SaveUnitDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveReferenceNode, actor, { tree: 'unit', code, ...body }, options);
  }

  @Put('areas/:code')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create or change an area: name and parent area (street › community › grid)' })
  saveArea(@Actor() actor: ActorContext, @Param('code') code: string, @Body() body: SaveReferenceNodeDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveReferenceNode, actor, { tree: 'area', code, ...body }, options);
  }

  @Put('categories/:code')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create or change a category: name, parent category, automatic dispatch' })
  saveCategory(@Actor() actor: ActorContext, @Param('code') code: string, @Body() body: SaveCategoryDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.SaveReferenceNode, actor, { tree: 'category', code, ...body }, options);
  }
}
