import type { StationView } from '../api/engagement-types';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { RouteLink } from '../routing/route-link';

/** Station openings for everyone (公告): where, when and which deputies sit, each with a link to write to them. */
export function PublicStations({ stations, district }: { stations: readonly StationView[]; district: string }) {
  const { t } = useI18n();
  const { areaName } = useReference();
  if (stations.length === 0) return <p>{t('engagement.station.empty')}</p>;
  return (
    <ul className="request-list">
      {stations.map((station) => (
        <li key={station.id} className="request-item" data-station-id={station.id}>
          <div className="request-line">
            <strong>{station.name}</strong>
            <span className="badge">{areaName(station.areaCode)}</span>
          </div>
          <div className="muted">{station.address}</div>
          {station.nextOpenings.length === 0 && <p className="muted">{t('engagement.station.noOpenings')}</p>}
          <ul>
            {station.nextOpenings.map((opening) => (
              <li key={`${opening.scheduleId}-${opening.date}`}>
                {opening.date} {opening.startTime}–{opening.endTime} · {opening.place.name}
                {opening.topic && ` · ${opening.topic}`} ·{' '}
                {opening.deputies.map((deputy, i) => (
                  <span key={deputy.name}>
                    {i > 0 && '、'}
                    {deputy.linkToken ? (
                      <RouteLink to={`/deputies/${deputy.linkToken}/write?district=${encodeURIComponent(district)}`}>
                        {t('engagement.station.writeTo', { name: deputy.name })}
                      </RouteLink>
                    ) : (
                      deputy.name
                    )}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
