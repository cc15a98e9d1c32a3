import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { DEMO_USERS } from '../reference/demo-reference';
import { RouteLink } from '../routing/route-link';
import { SelectField } from './fields';

/** The district a public page shows: named in the address (?district=demo), else the first demo district. */
export function initialPublicDistrict(): string {
  return new URLSearchParams(window.location.search).get('district') ?? DEMO_USERS[0]?.tenant ?? 'demo';
}

/** On a public page, for a visitor who is not signed in: the way to the sign-in page. */
export function SignInLink() {
  const { t } = useI18n();
  const { session } = useAuth();
  if (session) return null;
  return (
    <RouteLink to="/">{t('knowledge.toSignIn')}</RouteLink>
  );
}

/** On a public page, for a visitor who is not signed in: which district to show (a signed-in user sees their own). */
export function PublicDistrictPicker({ district, onChange }: { district: string; onChange(district: string): void }) {
  const { t } = useI18n();
  const { session } = useAuth();
  if (session) return null;
  const districts = [...new Set([district, ...DEMO_USERS.map((user) => user.tenant)])];
  return <SelectField label={t('knowledge.district')} name="district" value={district} options={districts.map((code) => ({ value: code, label: code }))} onChange={(value) => value && onChange(value)} required />;
}
