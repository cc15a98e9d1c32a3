import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { SubNav } from '../../ui/sub-nav';
import { CatalogueRules } from './catalogue-rules';
import { DistrictSettingsForm } from './district-settings-form';
import { DryRunForm } from './dry-run-form';
import { ReferenceTreeEditor } from './reference-tree-editor';

const SECTIONS = ['catalogue', 'reference', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

/** 区管理员: set up a district without SQL — its trees, the dispatch catalogue with a dry-run, the rule book. */
export function AdminView() {
  const { t } = useI18n();
  const [section, setSection] = useState<Section>('catalogue');
  return (
    <>
      <SubNav label={t('admin.sections')} sections={SECTIONS} current={section} prefix="admin.section." onChange={setSection} />
      {section === 'catalogue' && (
        <div className="columns">
          <CatalogueRules />
          <DryRunForm />
        </div>
      )}
      {section === 'reference' && (
        <div className="columns">
          <ReferenceTreeEditor tree="units" />
          <div>
            <ReferenceTreeEditor tree="areas" />
            <ReferenceTreeEditor tree="categories" />
          </div>
        </div>
      )}
      {section === 'settings' && <DistrictSettingsForm />}
    </>
  );
}
