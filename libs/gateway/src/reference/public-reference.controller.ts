import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects, type DistrictReferenceResult } from '@civicloop/contracts';
import { Public } from '../identity/public.decorator';
import { ServiceCalls } from '../http/service-calls';
import { DistrictQuery } from '../knowledge/article.dto';
import { OptionalActor } from '../knowledge/optional-actor';

/** The names behind a district's codes, for public pages (places of reception days and stations): public bodies only, no people. */
@ApiTags('reference')
@Controller('public/reference')
export class PublicReferenceController {
  constructor(
    private readonly services: ServiceCalls,
    private readonly readers: OptionalActor,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "?district='s categories, areas (places) and units with their names, without signing in" })
  async reference(@Headers() headers: Record<string, string | string[] | undefined>, @Query() query: DistrictQuery) {
    return this.services.query<DistrictReferenceResult>(Subjects.DistrictReference, await this.readers.resolve(headers, query.district), {});
  }
}
