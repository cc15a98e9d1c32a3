/** The district administration API (/api/v1/admin/*), as far as the portal reads and writes it. */
export type ReferenceTree = 'units' | 'areas' | 'categories';

export const UNIT_KINDS = ['district', 'street', 'community', 'department', 'company'] as const;
export const URGENCY_KEYS = ['emergency', 'utilities', 'general', 'complex'] as const;
export type UrgencyKey = (typeof URGENCY_KEYS)[number];

export interface CatalogueRule {
  id: string;
  categoryCode: string;
  /** null: anywhere in the district. */
  areaCode: string | null;
  leadUnitCode: string;
  coHandlerCodes: string[];
  priority: number;
}

export type CatalogueRuleBody = Omit<CatalogueRule, 'id'>;

export type DryRunResult =
  | {
      outcome: 'dispatch' | 'fallback';
      leadUnitCode: string;
      coHandlerCodes: string[];
      supervisingUnitCode: string | null;
      rule: CatalogueRule | null;
      reason: { kind: string; ruleId?: string; note?: string };
    }
  | { outcome: 'queue'; suggestedUnitCode: string | null; why: string; candidates: CatalogueRule[] };

export interface DistrictRules {
  deadlinePolicy: {
    signForWorkingMinutes: Record<UrgencyKey, number>;
    feedbackNaturalMinutes: Record<UrgencyKey, number>;
    feedbackCountsWorkingTime?: boolean;
    byCategory?: Record<string, unknown>;
  };
  objectionWindowWorkingMinutes: number;
  objectionReviewWorkingMinutes: number;
  managerApprovesObjections: boolean;
  managerApprovesExtensions: boolean;
  extensionCapWorkingMinutes: number;
  reminderFraction: number;
  coHandlerReportWorkingMinutes: number;
  callbackCalls: number;
  duplicateWindowDays: number;
  fallbackUnitCode: string | null;
  supervisingUnitCode: string | null;
}

/** GET /admin/district-settings: what the district set itself, and what it works by. */
export interface DistrictSettings {
  overrides: Partial<DistrictRules>;
  effective: DistrictRules;
}
