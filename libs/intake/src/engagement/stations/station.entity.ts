import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RecurrenceRule } from '../rules/recurrence';

/** A deputy liaison station (人大代表联络站) of a street; its points (联络点) are places of its own. */
@Entity({ name: 'stations' })
export class Station {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column() name!: string;
  @Column({ name: 'street_unit_code' }) streetUnitCode!: string;
  @Column({ name: 'area_code' }) areaCode!: string;
  @Column() address!: string;
  /** WGS-84; converted only for display. */
  @Column({ type: 'double precision', nullable: true }) latitude!: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude!: number | null;
  @Column() version!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A point of a station (one station, many points). */
@Entity({ name: 'station_points' })
export class StationPoint {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'station_id', type: 'uuid' }) stationId!: string;
  @Column() name!: string;
  @Column({ name: 'area_code' }) areaCode!: string;
  @Column() address!: string;
  @Column({ type: 'double precision', nullable: true }) latitude!: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude!: number | null;
  @Column() position!: number;
}

/** When a station (or one of its points) opens, and who sits: dates by rule, a local time window. */
@Entity({ name: 'station_schedules' })
export class StationSchedule {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column({ name: 'station_id', type: 'uuid' }) stationId!: string;
  @Column({ name: 'point_id', type: 'uuid', nullable: true }) pointId!: string | null;
  @Column({ type: 'jsonb' }) rule!: RecurrenceRule;
  @Column({ name: 'start_time' }) startTime!: string;
  @Column({ name: 'end_time' }) endTime!: string;
  @Column({ name: 'deputy_ids', type: 'uuid', array: true }) deputyIds!: string[];
  @Column({ type: 'text', nullable: true }) topic!: string | null;
  @Column({ name: 'valid_from', type: 'date', nullable: true }) validFrom!: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil!: string | null;
  @Column() version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A deputy's public link (online station, 扫码找代表): a stable, unguessable token. */
@Entity({ name: 'deputy_links' })
export class DeputyLink {
  @PrimaryColumn({ name: 'deputy_id', type: 'uuid' }) deputyId!: string;
  @Column({ name: 'tenant_id' }) tenantId!: string;
  @Column() token!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
