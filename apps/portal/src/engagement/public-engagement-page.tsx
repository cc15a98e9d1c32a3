import { useState } from 'react';
import { callApi } from '../api/api-client';
import type { ReceptionDayView, StationView } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { PublicReferenceProvider, useReference } from '../reference/district-reference';
import { ErrorMessage, Loading, Success } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { DistrictMap, type MapPlace } from './district-map';
import { FollowMessage } from './follow-message';
import { PublicStations } from './public-stations';
import { areasFromCodes } from './map-layout';
import { RegisterVisitorForm } from './register-visitor-form';
import { localToday, upcoming } from './reception-rules';
import { TeamLine } from './team-line';
import { initialPublicDistrict, PublicDistrictPicker, SignInLink } from '../ui/public-district';

/** 接待日公告 for everyone: the announced reception days of a district, on a schematic map; a signed-in resident registers with a topic. */
export function PublicEngagementPage() {
  const [district, setDistrict] = useState(initialPublicDistrict);
  return (
    <PublicReferenceProvider district={district}>
      <PublicEngagement district={district} onDistrict={setDistrict} />
    </PublicReferenceProvider>
  );
}

function PublicEngagement({ district, onDistrict }: { district: string; onDistrict: (district: string) => void }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const { data, areaName, unitName } = useReference();
  const [registering, setRegistering] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const days = useAsync(
    async () => (await callApi<ReceptionDayView[]>(session?.token ?? null, 'GET', `/public/receptions${session ? '' : `?district=${encodeURIComponent(district)}`}`)).body,
    [session, district],
  );
  const stations = useAsync(
    async () => (await callApi<StationView[]>(session?.token ?? null, 'GET', `/public/stations${session ? '' : `?district=${encodeURIComponent(district)}`}`)).body,
    [session, district],
  );
  const shown = upcoming(days.data ?? [], localToday());
  const places: MapPlace[] = [
    ...shown.map((day) => ({ key: day.id, label: `${day.date} ${areaName(day.placeAreaCode)}`, areaCode: day.placeAreaCode, kind: 'reception' as const })),
    ...(stations.data ?? []).flatMap((station) => [
      { key: station.id, label: station.name, areaCode: station.areaCode, kind: 'station' as const },
      ...station.points.map((point) => ({ key: point.id, label: `${station.name} · ${point.name}`, areaCode: point.areaCode, kind: 'station' as const })),
    ]),
  ];
  const resident = session?.roles.includes('resident') ?? false;
  return (
    <>
      <section className="card" aria-labelledby="public-receptions-title">
        <div className="card-head">
          <h2 id="public-receptions-title">{t('engagement.public.title')}</h2>
          <SignInLink />
        </div>
        <p className="muted">{t('engagement.public.intro')}</p>
        <PublicDistrictPicker district={district} onChange={onDistrict} />
        {days.loading && !days.data && <Loading />}
        <ErrorMessage error={days.error} />
        <Success>{message}</Success>
        {days.data && shown.length === 0 && <p>{t('engagement.public.empty')}</p>}
        <ul className="request-list">
          {shown.map((day) => (
            <li key={day.id} className="request-item" data-reception-id={day.id}>
              <div className="request-line">
                <strong>
                  {day.date} · {areaName(day.placeAreaCode)}
                </strong>
                <span className="badge">{unitName(day.streetUnitCode)}</span>
              </div>
              <div>
                {t('engagement.team')}：<TeamLine team={day.team} />
              </div>
              {resident && (
                <button type="button" className="link" aria-expanded={registering === day.id} onClick={() => setRegistering(registering === day.id ? null : day.id)}>
                  {t('engagement.public.register')}
                </button>
              )}
              {registering === day.id && (
                <RegisterVisitorForm
                  receptionId={day.id}
                  onCancel={() => setRegistering(null)}
                  onDone={() => {
                    setRegistering(null);
                    setMessage(t('engagement.done.register'));
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="public-stations-title">
        <h2 id="public-stations-title">{t('engagement.public.stations')}</h2>
        {stations.loading && !stations.data && <Loading />}
        <ErrorMessage error={stations.error} />
        {stations.data && <PublicStations stations={stations.data} district={session?.tenant ?? district} />}
      </section>
      <section className="card" aria-labelledby="public-map-title">
        <h2 id="public-map-title">{t('engagement.map.title')}</h2>
        {places.length === 0 && <p className="muted">{t('engagement.public.empty')}</p>}
        <DistrictMap areas={data.areas.length > 0 ? data.areas : areasFromCodes(places.map((place) => place.areaCode), areaName)} places={places} />
      </section>
      <FollowMessage district={district} />
    </>
  );
}
