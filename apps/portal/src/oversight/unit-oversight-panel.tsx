import { useAuth } from '../auth/auth-context';
import { ManagerApprovals } from './manager-approvals';
import { SupervisionNotices } from './supervision-notices';

/** Above the unit's inbox: supervision notices, and for a unit manager the objections and extensions waiting for approval. */
export function UnitOversightPanel({ onChanged }: { onChanged(): void }) {
  const { session } = useAuth();
  return (
    <>
      <SupervisionNotices />
      {session?.roles.includes('unit-manager') && <ManagerApprovals onChanged={onChanged} />}
    </>
  );
}
