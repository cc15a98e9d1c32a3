import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SubNav } from '../ui/sub-nav';
import { DeputyDashboard } from './deputy-dashboard';
import { DeputyLink } from './deputy-link';
import { ReceptionDayList } from './reception-day-list';
import { ReceptionIssues } from './reception-issues';
import { StationDashboardCard } from './station-dashboard';
import { StationIssues } from './station-issues';
import { useMyDeputy } from './use-deputies';

const SECTIONS = ['receptions', 'letters', 'messages', 'dashboard'] as const;
type Section = (typeof SECTIONS)[number];

/** 代表履职: my reception days, the issues I received with their letters and reply legs, my online messages, and my dashboard. */
export function DeputyView() {
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('receptions');
  const { me, loaded } = useMyDeputy();
  return (
    <>
      <SubNav label={t('engagement.deputy.sections')} sections={SECTIONS} current={section} prefix="engagement.deputy.section." onChange={setSection} />
      {me && <p className="muted">{t('engagement.deputy.me', { name: me.name, body: t(`engagement.body.${me.body}`) })}</p>}
      {loaded && !me && <p className="muted">{t('engagement.deputy.unknown')}</p>}
      {section === 'receptions' && <ReceptionDayList title={t('engagement.deputy.receptions')} deputyIds={me ? [me.id] : null} />}
      {section === 'letters' && <ReceptionIssues title={t('engagement.deputy.letters')} empty={t('engagement.issues.empty')} myDeputyId={me?.id ?? null} />}
      {section === 'messages' && (
        <>
          <StationIssues title={t('engagement.deputy.messages')} empty={t('engagement.station.noMessages')} initialSource="online" />
          {me && <DeputyLink deputy={me} />}
        </>
      )}
      {section === 'dashboard' && (
        <>
          <DeputyDashboard />
          {me && <StationDashboardCard path={`/stations/deputies/${me.id}/dashboard`} title={t('engagement.board.deputy')} />}
        </>
      )}
    </>
  );
}
