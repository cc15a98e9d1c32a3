import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects } from '@civicloop/contracts';
import { Public } from '../identity/public.decorator';
import { ServiceCalls } from '../http/service-calls';
import { DistrictQuery } from '../knowledge/article.dto';
import { OptionalActor } from '../knowledge/optional-actor';

/** Step 2, public: residents see the announced reception days without signing in (rate-limited per address). */
@ApiTags('receptions')
@Controller('public/receptions')
export class PublicReceptionsController {
  constructor(
    private readonly services: ServiceCalls,
    private readonly readers: OptionalActor,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "Announced upcoming reception days of ?district= (date, community, the team's names and bodies)" })
  async list(@Headers() headers: Record<string, string | string[] | undefined>, @Query() query: DistrictQuery) {
    return this.services.query(Subjects.PublicReceptions, await this.readers.resolve(headers, query.district), {});
  }
}
