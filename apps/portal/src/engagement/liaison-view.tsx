import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SubNav } from '../ui/sub-nav';
import { PlanForm } from './plan-form';
import { ReceptionDayList } from './reception-day-list';
import { ReceptionIssues } from './reception-issues';
import { ReceptionStatistics } from './reception-statistics';
import { StationIssues } from './station-issues';
import { StationList } from './station-list';

const SECTIONS = ['days', 'plan', 'issues', 'escalated', 'statistics', 'stations', 'station-issues'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * 街道联络员: reception days (announce, register, prepare, hold, archive), the annual plan, reply legs
 * to relay, late legs and the month's figures; stations with their points and schedules, and their messages.
 */
export function LiaisonView() {
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('days');
  return (
    <>
      <SubNav label={t('engagement.liaison.sections')} sections={SECTIONS} current={section} prefix="engagement.liaison.section." onChange={setSection} />
      {section === 'days' && <ReceptionDayList title={t('engagement.liaison.days')} />}
      {section === 'plan' && <PlanForm />}
      {section === 'issues' && <ReceptionIssues title={t('engagement.liaison.issues')} empty={t('engagement.issues.empty')} />}
      {section === 'escalated' && <ReceptionIssues title={t('engagement.liaison.escalated')} empty={t('engagement.issues.noneEscalated')} escalated />}
      {section === 'statistics' && <ReceptionStatistics />}
      {section === 'stations' && <StationList />}
      {section === 'station-issues' && <StationIssues title={t('engagement.liaison.stationIssues')} empty={t('engagement.station.noMessages')} />}
    </>
  );
}
