import type { TeamMember } from '../api/engagement-types';
import { useI18n } from '../i18n/i18n';

/** A team as one line: "王建国（党代表）、李秀英（人大代表）". */
export function TeamLine({ team }: { team: readonly TeamMember[] }) {
  const { t } = useI18n();
  if (team.length === 0) return <span className="muted">{t('common.none')}</span>;
  return <span>{team.map((member) => `${member.name}（${t(`engagement.body.${member.body}`)}）`).join('、')}</span>;
}
