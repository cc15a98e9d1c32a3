import { DELIBERATION_ENTITIES, DELIBERATION_HANDLERS, DELIBERATION_PROVIDERS } from './deliberation/deliberation-registration';
import { Deputy } from './deputies/deputy.entity';
import { DeputiesHandler } from './deputies/deputies.handler';
import { DeputiesService } from './deputies/deputies.service';
import { EngagementSeed } from './demo/engagement-seed.entity';
import { DemoEngagementSeeder } from './demo/demo-engagement-seeder.service';
import { ReceptionDay, ReceptionPlan } from './receptions/reception-day.entity';
import { ReceptionDaysService } from './receptions/reception-days.service';
import { ReceptionIssue, ReceptionRegistration } from './receptions/reception-issue.entity';
import { ReceptionIssuesService } from './receptions/reception-issues.service';
import { ReceptionPlansService } from './receptions/reception-plans.service';
import { ReceptionStatisticsService } from './receptions/reception-statistics.service';
import { ReceptionsHandler } from './receptions/receptions.handler';
import { ReplyLeg, WorkLetter } from './receptions/work-letter.entity';
import { STATION_ENTITIES, STATION_HANDLERS, STATION_PROVIDERS } from './stations/station-registration';
import { ReceptionLegTimer } from './timer/reception-leg-timer.service';
import { ReferencedCommands } from './referenced-commands';
import { ReplyLegsService } from './legs/reply-legs.service';

/** Deputies and reception days (docs/adr/0014): what intake's module registers for this area. */
export const ENGAGEMENT_ENTITIES = [Deputy, ReceptionPlan, ReceptionDay, ReceptionRegistration, ReceptionIssue, WorkLetter, ReplyLeg, EngagementSeed, ...DELIBERATION_ENTITIES, ...STATION_ENTITIES];
export const ENGAGEMENT_HANDLERS = [DeputiesHandler, ReceptionsHandler, ...DELIBERATION_HANDLERS, ...STATION_HANDLERS];
export const ENGAGEMENT_PROVIDERS = [
  DeputiesService,
  ReferencedCommands,
  ReceptionPlansService,
  ReceptionDaysService,
  ReceptionIssuesService,
  ReceptionStatisticsService,
  DemoEngagementSeeder,
  ReceptionLegTimer,
  ReplyLegsService,
  ...DELIBERATION_PROVIDERS,
  ...STATION_PROVIDERS,
];
