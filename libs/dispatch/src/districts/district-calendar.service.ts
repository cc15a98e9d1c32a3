import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '@civicloop/clock';
import { WorkingCalendar } from '@civicloop/working-calendar';
import { CalendarYearRow } from './calendar-year.entity';
import { District } from './district.entity';

@Injectable()
export class DistrictCalendarService {
  async calendarFor(manager: EntityManager, tenantId: string): Promise<WorkingCalendar> {
    const [district, years] = await Promise.all([
      manager.findOneBy(District, { tenantId }),
      manager.findBy(CalendarYearRow, { tenantId }),
    ]);
    return new WorkingCalendar(
      years.map((row) => ({ year: row.year, holidays: row.holidays, makeUpWorkdays: row.makeUpWorkdays, source: row.source })),
      district?.timeZone ?? DEFAULT_TIME_ZONE,
    );
  }
}
