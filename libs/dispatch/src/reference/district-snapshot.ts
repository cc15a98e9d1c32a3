import { DEFAULT_TIME_ZONE } from '@civicloop/clock';
import type { DistrictReferenceResult } from '@civicloop/contracts';
import {
  categoryLineage,
  districtRules,
  matchCatalogue,
  supervisingUnitFor,
  type CatalogueMatch,
  type CatalogueRule,
  type DistrictRules,
} from '@civicloop/dispatch-rules';
import { WorkingCalendar, type CalendarYear } from '@civicloop/working-calendar';
import type { UnitKind } from './unit.entity';

/** The district's reference rows as one load reads them, each list in code order (year order for the calendar). */
export interface DistrictReferenceRows {
  /** null: the district has not been opened (defaults apply). */
  district: { timeZone: string; rules: Partial<DistrictRules> | null } | null;
  calendarYears: CalendarYear[];
  units: Array<{ code: string; name: string; kind: UnitKind; parentCode: string | null }>;
  areas: Array<{ code: string; name: string; parentCode: string | null }>;
  categories: Array<{ code: string; name: string; parentCode: string | null; autoDispatch: boolean }>;
  catalogueRules: CatalogueRule[];
}

/**
 * One district's reference data at one version, with what dispatch derives from it built once:
 * its rule book, its working calendar, the code look-ups. Read-only: it is shared by every
 * transaction that sees the same version.
 */
export class DistrictSnapshot {
  readonly rules: DistrictRules;
  readonly unitCodes: ReadonlySet<string>;
  /** The district government (the first unit of kind "district"), the default for fallback and supervision. */
  readonly districtUnitCode: string | null;
  private readonly unitKinds: ReadonlyMap<string, UnitKind>;
  private readonly autoDispatchByCategory: ReadonlyMap<string, boolean>;
  private readonly areaCodes: ReadonlySet<string>;
  private workingCalendar: WorkingCalendar | undefined;

  constructor(private readonly rows: DistrictReferenceRows) {
    this.rules = districtRules(rows.district?.rules);
    this.unitKinds = new Map(rows.units.map((unit) => [unit.code, unit.kind]));
    this.unitCodes = new Set(this.unitKinds.keys());
    this.districtUnitCode = rows.units.find((unit) => unit.kind === 'district')?.code ?? null;
    this.autoDispatchByCategory = new Map(rows.categories.map((category) => [category.code, category.autoDispatch]));
    this.areaCodes = new Set(rows.areas.map((area) => area.code));
  }

  /**
   * The district's working calendar, built on first use: a calendar the district got wrong (an
   * unknown time zone, a year twice) fails the deadline that needs it, not every read.
   */
  get calendar(): WorkingCalendar {
    this.workingCalendar ??= new WorkingCalendar(this.rows.calendarYears, this.rows.district?.timeZone ?? DEFAULT_TIME_ZONE);
    return this.workingCalendar;
  }

  /**
   * What every signed-in user of the district may read (the pickers and the units' names): a fresh
   * copy each time, since an in-process reply hands the very object to its caller.
   */
  view(): DistrictReferenceResult {
    return {
      categories: this.rows.categories.map(({ code, name, parentCode }) => ({ code, name, parentCode })),
      areas: this.rows.areas.map(({ code, name, parentCode }) => ({ code, name, parentCode })),
      units: this.rows.units.map(({ code, name, kind, parentCode }) => ({ code, name, kind, parentCode })),
    };
  }

  hasUnit(code: string): boolean {
    return this.unitKinds.has(code);
  }

  hasCategory(code: string): boolean {
    return this.autoDispatchByCategory.has(code);
  }

  hasArea(code: string): boolean {
    return this.areaCodes.has(code);
  }

  /** Whether the district dispatches this category automatically when the catalogue is unambiguous. */
  autoDispatch(categoryCode: string): boolean {
    return this.autoDispatchByCategory.get(categoryCode) ?? false;
  }

  match(categoryCode: string, areaCode: string): CatalogueMatch {
    return matchCatalogue({ rules: this.rows.catalogueRules, categories: this.rows.categories, areas: this.rows.areas, categoryCode, areaCode });
  }

  /** The category and its ancestors, nearest first (per-category deadline settings). */
  categoryLineage(categoryCode: string): string[] {
    return categoryLineage(this.rows.categories, categoryCode);
  }

  /** The unit that takes what the catalogue does not cover (兜底). */
  get fallbackUnitCode(): string | null {
    return this.rules.fallbackUnitCode ?? this.districtUnitCode;
  }

  /** The unit copied to supervise an order whose lead is `leadUnitCode` (a street's orders copy the district). */
  supervisingUnitFor(leadUnitCode: string): string | null {
    const kind = this.unitKinds.get(leadUnitCode);
    if (kind !== 'street') return null;
    return supervisingUnitFor(kind, this.rules.supervisingUnitCode ?? this.districtUnitCode);
  }
}
