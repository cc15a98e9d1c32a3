import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext, type DistrictReferenceResult } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { ServiceCalls } from '../http/service-calls';

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly services: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: "Your district's categories, areas and units, with their names (for pickers and labels)" })
  reference(@Actor() actor: ActorContext) {
    return this.services.query<DistrictReferenceResult>(Subjects.DistrictReference, actor, {});
  }
}
