import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '@civicloop/working-calendar';
import { DistrictSnapshotService } from '../reference/district-snapshot.service';

/** The district's working calendar, built once per snapshot of its reference data. */
@Injectable()
export class DistrictCalendarService {
  constructor(private readonly snapshots: DistrictSnapshotService) {}

  async calendarFor(manager: EntityManager, tenantId: string): Promise<WorkingCalendar> {
    return (await this.snapshots.snapshot(manager, tenantId)).calendar;
  }
}
