import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '@civicloop/clock';
import type { DistrictRules } from '@civicloop/dispatch-rules';
import type { WorkingCalendar } from '@civicloop/working-calendar';
import { DistrictCalendarService } from '../districts/district-calendar.service';
import { DistrictRulesService } from '../districts/district-rules.service';
import { District } from '../districts/district.entity';

export interface RuleBook {
  rules: DistrictRules;
  calendar: WorkingCalendar;
  /** For messages that give a limit's end in the district's local time. */
  timeZone: string;
}

/** What a limit check needs of the district: its rules, its working calendar and its time zone. */
@Injectable()
export class DistrictRuleBook {
  constructor(
    private readonly rules: DistrictRulesService,
    private readonly calendars: DistrictCalendarService,
  ) {}

  async load(manager: EntityManager, tenantId: string): Promise<RuleBook> {
    const rules = await this.rules.rulesFor(manager, tenantId);
    const calendar = await this.calendars.calendarFor(manager, tenantId);
    const district = await manager.findOneBy(District, { tenantId });
    return { rules, calendar, timeZone: district?.timeZone ?? DEFAULT_TIME_ZONE };
  }
}
