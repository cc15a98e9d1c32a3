import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One official year of a district's working calendar: holidays and 调休 make-up working days. */
@Entity({ name: 'calendar_years' })
export class CalendarYearRow {
  @PrimaryColumn({ name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn() year!: number;
  @Column({ type: 'text', array: true }) holidays!: string[];
  @Column({ name: 'make_up_workdays', type: 'text', array: true }) makeUpWorkdays!: string[];
  @Column() source!: string;
}
