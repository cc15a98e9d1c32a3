import { URGENCY_KEYS, type DistrictRules } from '../../api/admin-types';

const WORKING_DAY_MINUTES = 24 * 60;

/** How one setting of the rule book is shown in the form and sent back: its path, unit and conversion. */
export interface SettingField {
  /** Where it lives in the settings ("deadlinePolicy.signForWorkingMinutes.general"); the server's 400 names it so. */
  path: string;
  /** Translation key of the label. */
  label: string;
  /** Translation key of the unit shown as hint. */
  unit: string;
  kind: 'number' | 'boolean' | 'unit';
  toForm(value: unknown): string;
  fromForm(text: string): unknown;
}

const number = (path: string, label: string, unit: string, scale: number): SettingField => ({
  path,
  label,
  unit,
  kind: 'number',
  toForm: (value) => (typeof value === 'number' ? String(Math.round((value / scale) * 1000) / 1000) : ''),
  // Sent as typed when it is not a number, so the server can say what is wrong with it.
  fromForm: (text) => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Math.round(Number(text) * scale * 1000) / 1000),
});

const flag = (path: string, label: string): SettingField => ({ path, label, unit: '', kind: 'boolean', toForm: (value) => (value ? 'true' : ''), fromForm: (text) => text === 'true' });

/** A unit of the district, or '' for the default (the unit of kind "district"). */
const unit = (path: string, label: string): SettingField => ({ path, label, unit: '', kind: 'unit', toForm: (value) => (typeof value === 'string' ? value : ''), fromForm: (text) => text || null });

export const GENERAL_SETTINGS: SettingField[] = [
  number('objectionWindowWorkingMinutes', 'admin.settings.objectionWindow', 'admin.unit.workingDays', WORKING_DAY_MINUTES),
  number('objectionReviewWorkingMinutes', 'admin.settings.objectionReview', 'admin.unit.workingDays', WORKING_DAY_MINUTES),
  flag('managerApprovesObjections', 'admin.settings.managerApprovesObjections'),
  flag('managerApprovesExtensions', 'admin.settings.managerApprovesExtensions'),
  number('extensionCapWorkingMinutes', 'admin.settings.extensionCap', 'admin.unit.workingDays', WORKING_DAY_MINUTES),
  number('reminderFraction', 'admin.settings.reminderShare', 'admin.unit.percent', 0.01),
  number('coHandlerReportWorkingMinutes', 'admin.settings.coHandlerReport', 'admin.unit.workingDays', WORKING_DAY_MINUTES),
  number('callbackCalls', 'admin.settings.callbackCalls', 'admin.unit.calls', 1),
  unit('fallbackUnitCode', 'admin.settings.fallbackUnit'),
  unit('supervisingUnitCode', 'admin.settings.supervisingUnit'),
];

/** Per urgency: sign-for in working minutes, feedback in natural hours. */
export const DEADLINE_SETTINGS: SettingField[] = URGENCY_KEYS.flatMap((urgency) => [
  number(`deadlinePolicy.signForWorkingMinutes.${urgency}`, `urgency.${urgency}`, 'admin.unit.workingMinutes', 1),
  number(`deadlinePolicy.feedbackNaturalMinutes.${urgency}`, `urgency.${urgency}`, 'admin.unit.hours', 60),
]);

export function readPath(rules: DistrictRules, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), rules);
}

/** Only what the admin changed, nested as the settings are (the server merges deadlines per urgency). */
export function changedSettings(effective: DistrictRules, fields: SettingField[], values: Record<string, string>): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const field of fields) {
    const text = values[field.path] ?? '';
    if (text === field.toForm(readPath(effective, field.path))) continue;
    const keys = field.path.split('.');
    let node = settings;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = field.fromForm(text);
  }
  return settings;
}
