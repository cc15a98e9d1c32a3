import { useId, useState } from 'react';
import type { StationDashboard } from '../api/engagement-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { currentMonth } from '../oversight/month';
import { useReference } from '../reference/district-reference';
import { Field } from '../ui/fields';
import { ErrorMessage, Loading } from '../ui/status';
import { useAsync } from '../ui/use-async';

/** A station's or a deputy's dashboard for a month: replied share, response times online vs. visits, resolution, satisfaction, topics. */
export function StationDashboardCard({ path, title }: { path: string; title: string }) {
  const { t, formatPercent } = useI18n();
  const { api } = useAuth();
  const { categoryName } = useReference();
  const headingId = useId();
  const [month, setMonth] = useState(currentMonth);
  const board = useAsync(async () => (await api<StationDashboard>('GET', `${path}?month=${month}`)).body, [api, path, month]);
  const percent = (value: number | null) => formatPercent(value === null ? null : value / 100);
  const minutes = (value: number | null) => (value === null ? t('common.none') : t('engagement.minutes', { minutes: Math.round(value) }));
  const data = board.data;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>{title}</h2>
        <Field label={t('engagement.month')}>{(id) => <input id={id} type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />}</Field>
      </div>
      {board.loading && !data && <Loading />}
      <ErrorMessage error={board.error} />
      {data && (
        <div className="result">
          <dl>
            <dt>{t('engagement.board.issues')}</dt>
            <dd>{t('engagement.board.issuesSplit', { all: data.issues, online: data.online, visits: data.visits })}</dd>
            <dt>{t('engagement.board.replied')}</dt>
            <dd>{percent(data.repliedShare)}</dd>
            <dt>{t('engagement.board.firstReply')}</dt>
            <dd>{t('engagement.board.split', { online: minutes(data.meanMinutesToFirstReply.online), visit: minutes(data.meanMinutesToFirstReply.visit) })}</dd>
            <dt>{t('engagement.board.faster')}</dt>
            <dd>{percent(data.onlineFasterByPercent)}</dd>
            <dt>{t('engagement.dashboard.resolution')}</dt>
            <dd>{percent(data.requests.resolutionRate)}</dd>
            <dt>{t('engagement.dashboard.satisfaction')}</dt>
            <dd>{percent(data.requests.satisfactionRate)}</dd>
            <dt>{t('engagement.dashboard.topics')}</dt>
            <dd>{data.topics.length === 0 ? t('common.none') : data.topics.map((topic) => `${topic.categoryCode ? categoryName(topic.categoryCode) : t('engagement.board.noTopic')} ${topic.issues}`).join('；')}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
