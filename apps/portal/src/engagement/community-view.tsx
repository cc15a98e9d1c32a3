import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SubNav } from '../ui/sub-nav';
import { CommunityIssues } from './community-issues';
import { DeliberationSessions } from './deliberation-sessions';
import { DeliberationStatistics } from './deliberation-statistics';

const SECTIONS = ['issues', 'sessions', 'statistics'] as const;
type Section = (typeof SECTIONS)[number];

/** 社区议事 (阳光议事, 小院议事厅): issues collected and triaged three ways, deliberation sessions, and the month's figures. */
export function CommunityView() {
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('issues');
  return (
    <>
      <SubNav label={t('engagement.community.sections')} sections={SECTIONS} current={section} prefix="engagement.community.section." onChange={setSection} />
      {section === 'issues' && <CommunityIssues />}
      {section === 'sessions' && <DeliberationSessions />}
      {section === 'statistics' && <DeliberationStatistics />}
    </>
  );
}
