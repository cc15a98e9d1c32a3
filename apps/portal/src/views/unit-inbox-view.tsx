import type { AssignmentView, CivicRequestView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { UnitOversightPanel } from '../oversight/unit-oversight-panel';
import { useQueryParams } from '../routing/use-query-params';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync, useNow } from '../ui/use-async';
import { filterFromQuery, filterToQuery, matchesFilter, type InboxItem } from './unit/inbox-filter';
import { InboxFilters } from './unit/inbox-filters';
import { InboxRow } from './unit/inbox-row';

/**
 * 承办: the unit's orders, the sign-for countdown, and sign / object / reply. The API lists a unit's
 * orders without status or text filters, so the inbox filters what it loaded, here in the browser.
 */
export function UnitInboxView() {
  const { t } = useI18n();
  const { api } = useAuth();
  const [params, setParams] = useQueryParams();
  const filter = filterFromQuery(params);
  // Often enough for an order to fall into 超期 while the inbox stays open; each row counts down by the second.
  const now = useNow(30_000);
  const inbox = useAsync(async () => {
    // The unit's requests in one list (GET /requests answers only the units' own), joined to its orders.
    const [assignments, requests] = await Promise.all([api<AssignmentView[]>('GET', '/assignments'), api<CivicRequestView[]>('GET', '/requests?limit=200')]);
    const byId = new Map(requests.body.map((request) => [request.id, request]));
    return assignments.body
      // A co-handler's order may arrive before (or without) the request being shared with its unit.
      .filter((assignment) => assignment.status !== 'withdrawn' && (byId.has(assignment.requestId) || assignment.role === 'co-handler'))
      .map((assignment): InboxItem => ({ assignment, request: byId.get(assignment.requestId) ?? null }))
      .sort((a, b) => a.assignment.signForDeadline.localeCompare(b.assignment.signForDeadline));
  }, [api]);
  const shown = inbox.data?.filter((item) => matchesFilter(item, filter, now));

  return (
    <section className="card" aria-labelledby="inbox-title">
      <div className="card-head">
        <h2 id="inbox-title">{t('unit.inbox.title')}</h2>
        <button type="button" onClick={inbox.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <UnitOversightPanel onChanged={inbox.reload} />
      <InboxFilters filter={filter} onChange={(changes) => setParams(filterToQuery(changes))} shown={shown?.length ?? 0} total={inbox.data?.length ?? 0} />
      {inbox.loading && !inbox.data && <Loading />}
      <ErrorMessage error={inbox.error} />
      {inbox.data?.length === 0 && <p>{t('unit.inbox.empty')}</p>}
      {inbox.data && inbox.data.length > 0 && shown?.length === 0 && <p>{t('unit.filter.none')}</p>}
      <ul className="request-list">
        {shown?.map((item) => <InboxRow key={item.assignment.id} item={item} onChanged={inbox.reload} />)}
      </ul>
    </section>
  );
}
