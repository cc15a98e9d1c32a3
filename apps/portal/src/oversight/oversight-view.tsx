import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SubNav } from '../ui/sub-nav';
import { AppealsQueue } from './appeals-queue';
import { AreaRates } from './area-rates';
import { Hotspots } from './hotspots';
import { ObjectionReviewQueue } from './objection-review-queue';
import { PublishedRankings } from './published-rankings';
import { RatesTrend } from './rates-trend';
import { SupervisionQueue } from './supervision-queue';

const SECTIONS = ['supervision', 'arbitration', 'appeals', 'rates', 'trend', 'hotspots', 'rankings'] as const;
type Section = (typeof SECTIONS)[number];

/** 督办考核: the supervisor's overdue orders, arbitration, appeals, rates, hotspots and rankings. */
export function OversightView() {
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('supervision');
  return (
    <>
      <SubNav label={t('oversight.sections')} sections={SECTIONS} current={section} prefix="oversight.section." onChange={setSection} />
      {section === 'supervision' && <SupervisionQueue />}
      {section === 'arbitration' && <ObjectionReviewQueue arbitration />}
      {section === 'appeals' && <AppealsQueue />}
      {section === 'rates' && <AreaRates />}
      {section === 'trend' && <RatesTrend />}
      {section === 'hotspots' && <Hotspots />}
      {section === 'rankings' && <PublishedRankings />}
    </>
  );
}
