import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Subjects } from '@civicloop/contracts';
import { Public } from '../identity/public.decorator';
import { ServiceCalls } from '../http/service-calls';
import { OptionalActor } from '../knowledge/optional-actor';
import { PublicDecisionsQuery } from './deliberation.dto';

/** Residents read their community's decisions (议事结果公示) without personal data, signed in or not. */
@ApiTags('deliberation')
@Controller('public/deliberation')
export class DeliberationPublicController {
  constructor(
    private readonly services: ServiceCalls,
    private readonly readers: OptionalActor,
  ) {}

  @Get('decisions')
  @Public()
  @ApiOperation({ summary: 'Decided and closed sessions of ?district= (and ?community=): agenda, options, vote counts, decisions, tasks by party — no names' })
  async decisions(@Headers() headers: Record<string, string | string[] | undefined>, @Query() query: PublicDecisionsQuery) {
    return this.services.query(Subjects.PublicDeliberationDecisions, await this.readers.resolve(headers, query.district), { community: query.community });
  }
}
