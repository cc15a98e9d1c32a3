import { useState } from 'react';
import type { StationView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ScheduleForm } from './schedule-form';
import { scheduleLabel } from './schedule-label';
import { StationDashboardCard } from './station-dashboard';
import { StationForm } from './station-form';

/** 代表联络站: each station with its points, its schedules (who sits when) and next openings; a liaison adds stations and schedules. */
export function StationList() {
  const { t } = useI18n();
  const { api, session } = useAuth();
  const { areaName, unitName } = useReference();
  const [form, setForm] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const stations = useAsync(async () => (await api<StationView[]>('GET', '/stations')).body, [api]);
  const organiser = session?.roles.some((role) => role === 'liaison' || role === 'district-admin') ?? false;
  const done = (text: string) => {
    setForm(null);
    setMessage(text);
    stations.reload();
  };
  return (
    <>
      <section className="card" aria-labelledby="stations-title">
        <div className="card-head">
          <h2 id="stations-title">{t('engagement.station.title')}</h2>
          {organiser && (
            <button type="button" aria-expanded={form === 'new'} onClick={() => setForm(form === 'new' ? null : 'new')}>
              {t('engagement.station.new')}
            </button>
          )}
        </div>
        {form === 'new' && <StationForm onCancel={() => setForm(null)} onDone={() => done(t('engagement.station.done.created'))} />}
        {stations.loading && !stations.data && <Loading />}
        <ErrorMessage error={stations.error} />
        <Success>{message}</Success>
        {stations.data?.length === 0 && <p>{t('engagement.station.empty')}</p>}
        <ul className="request-list">
          {stations.data?.map((station) => (
            <li key={station.id} className="request-item" data-station-id={station.id}>
              <div className="request-line">
                <strong>{station.name}</strong>
                <span className="badge">{unitName(station.streetUnitCode)}</span>
              </div>
              <div className="muted">
                {areaName(station.areaCode)} · {station.address}
              </div>
              {station.points.length > 0 && <div>{t('engagement.station.points', { names: station.points.map((point) => `${point.name}（${point.address}）`).join('、') })}</div>}
              <h3>{t('engagement.schedule.title')}</h3>
              <ul>
                {(station.schedules ?? []).map((schedule) => (
                  <li key={schedule.id}>
                    {scheduleLabel(t, schedule.rule, schedule.startTime, schedule.endTime)} · {station.points.find((point) => point.id === schedule.pointId)?.name ?? station.name}
                    {schedule.topic && ` · ${schedule.topic}`} · {schedule.deputies.map((deputy) => deputy.name).join('、')}
                  </li>
                ))}
              </ul>
              <div className="muted">{t('engagement.station.next', { dates: station.nextOpenings.slice(0, 3).map((opening) => `${opening.date} ${opening.startTime}`).join('、') || t('common.none') })}</div>
              <div className="actions">
                {organiser && (
                  <button type="button" aria-expanded={form === `schedule-${station.id}`} onClick={() => setForm(form === `schedule-${station.id}` ? null : `schedule-${station.id}`)}>
                    {t('engagement.schedule.new')}
                  </button>
                )}
                <button type="button" className="link" aria-expanded={form === `board-${station.id}`} onClick={() => setForm(form === `board-${station.id}` ? null : `board-${station.id}`)}>
                  {t('engagement.board.open')}
                </button>
              </div>
              {form === `schedule-${station.id}` && <ScheduleForm station={station} onCancel={() => setForm(null)} onDone={() => done(t('engagement.schedule.done'))} />}
              {form === `board-${station.id}` && <StationDashboardCard path={`/stations/${station.id}/dashboard`} title={t('engagement.board.station', { name: station.name })} />}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
