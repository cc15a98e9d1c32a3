import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SubNav } from '../ui/sub-nav';
import { ExtensionQueue } from './extension-queue';
import { ObjectionReviewQueue } from './objection-review-queue';

const SECTIONS = ['objections', 'extensions'] as const;
type Section = (typeof SECTIONS)[number];

/** 派单员: objections to review and extensions to decide. */
export function ReviewView() {
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('objections');
  return (
    <>
      <SubNav label={t('oversight.review.sections')} sections={SECTIONS} current={section} prefix="oversight.review.section." onChange={setSection} />
      {section === 'objections' ? <ObjectionReviewQueue /> : <ExtensionQueue />}
    </>
  );
}
