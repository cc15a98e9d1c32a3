import { useState } from 'react';
import type { ReceptionDayView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ReceptionDayPanel } from './reception-day-panel';
import { daysOf } from './reception-rules';
import { TeamLine } from './team-line';

const STATES = ['planned', 'announced', 'held', 'archived'] as const;

interface Props {
  title: string;
  /** Only the days whose team includes these deputies (a deputy's own); null: every day in view. */
  deputyIds?: readonly string[] | null;
}

/** Reception days (接待日) of the district, by month and state; each opens to its registrations, preparation and steps. */
export function ReceptionDayList({ title, deputyIds = null }: Props) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { areaName, unitName } = useReference();
  const [month, setMonth] = useState('');
  const [state, setState] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const query = new URLSearchParams({ ...(month ? { month } : {}), ...(state ? { state } : {}) }).toString();
  const days = useAsync(async () => (await api<ReceptionDayView[]>('GET', `/receptions${query ? `?${query}` : ''}`)).body, [api, query]);
  const shown = daysOf(days.data ?? [], deputyIds);
  return (
    <section className="card" aria-labelledby="reception-days-title">
      <div className="card-head">
        <h2 id="reception-days-title">{title}</h2>
        <button type="button" onClick={days.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <div className="inline-form inbox-filters">
        <Field label={t('engagement.month')}>{(id) => <input id={id} type="month" value={month} onChange={(e) => setMonth(e.target.value)} />}</Field>
        <SelectField label={t('engagement.day.state')} value={state} options={STATES} prefix="engagement.state." onChange={setState} emptyLabel={t('engagement.any')} />
      </div>
      {days.loading && !days.data && <Loading />}
      <ErrorMessage error={days.error} />
      {days.data && shown.length === 0 && <p>{t('engagement.days.empty')}</p>}
      <ul className="request-list">
        {shown.map((day) => (
          <li key={day.id} className="request-item" data-reception-id={day.id}>
            <div className="request-line">
              <strong>
                {day.date} · {areaName(day.placeAreaCode)}
              </strong>
              <span className="badge">{t(`engagement.state.${day.state}`)}</span>
            </div>
            <div className="muted">{unitName(day.streetUnitCode)}</div>
            <div>
              {t('engagement.team')}：<TeamLine team={day.team} />
            </div>
            <button type="button" className="link" aria-expanded={open === day.id} onClick={() => setOpen(open === day.id ? null : day.id)}>
              {t(open === day.id ? 'engagement.day.close' : 'engagement.day.open')}
            </button>
            {open === day.id && <ReceptionDayPanel dayId={day.id} onChanged={days.reload} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
