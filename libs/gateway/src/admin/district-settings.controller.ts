import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { UpdateDistrictSettingsDto } from './admin.dto';

/** The district's rule book: deadlines per urgency and category, windows, approvals, caps, fallback and supervising units. */
@ApiTags('admin')
@Controller('admin/district-settings')
export class DistrictSettingsController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: 'What the district set (overrides) and what it works by (effective)' })
  get(@Actor() actor: ActorContext) {
    return this.services.query(Subjects.GetDistrictSettings, actor, {});
  }

  @Put()
  @ApiOperation({ summary: 'Change settings of the rule book (district admins); null puts a default back' })
  update(@Actor() actor: ActorContext, @Body() body: UpdateDistrictSettingsDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.UpdateDistrictSettings, actor, { settings: body.settings }, options);
  }
}
