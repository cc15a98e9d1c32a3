import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, localDate } from '@civicloop/clock';
import type { CommunityIssueSource, DistrictReferenceResult } from '@civicloop/contracts';
import { communityOf } from '../rules/deliberation-community';
import type { CommunityIssueState } from '../rules/deliberation-workflow';
import { CommunityIssue } from './community-issue.entity';
import { AgendaItem, DeliberationSession } from './deliberation-session.entity';

export const DEMO_DELIBERATION_COMMUNITY = 'donghua.nanchizi';

const ISSUES: Array<{ text: string; source: CommunityIssueSource; state: CommunityIssueState; resolution?: string; options?: string[]; counts?: number[] }> = [
  { text: '3号楼楼道堆放杂物，影响消防通道', source: 'building-round', state: 'self-solved', resolution: '楼长组织本楼居民当天清理完毕，约定每月一次自查' },
  { text: '小区停车位不足，外来车辆乱停乱放', source: 'chat-group', state: 'on-agenda', options: ['划定访客临时车位，物业登记管理', '安装道闸，外来车辆收费'], counts: [5, 1] },
  { text: '12号院化粪池反复外溢，物业多次清掏仍未解决', source: 'suggestion-box', state: 'on-agenda', options: ['物业再次清掏并加装防溢设施', '报请区职能部门改造管网'] },
  { text: '5号楼单元门禁损坏', source: 'visit', state: 'collected' },
];

const PARTICIPANTS = [
  { role: 'community' as const, name: '社区党委书记', votes: true },
  { role: 'owners-committee' as const, name: '业委会主任', votes: true },
  { role: 'property-company' as const, name: '物业项目经理', votes: true },
  { role: 'residents-representative' as const, name: '2号楼居民代表', votes: true },
  { role: 'residents-representative' as const, name: '7号楼居民代表', votes: true },
  { role: 'deputy' as const, name: '区人大代表', votes: true },
  { role: 'other' as const, name: '会议记录员', votes: false },
];

/**
 * The demo's deliberation in 南池子社区: a few collected issues (one self-solved, one not yet
 * triaged) and a session held today with two agenda items, one voted — left for the demo user to
 * decide (an option, or ordered from a department). Part of the engagement seed: once per district.
 */
export async function seedDemoDeliberation(manager: EntityManager, tenantId: string, reference: DistrictReferenceResult, now: Date): Promise<void> {
  const community = communityOf(reference, DEMO_DELIBERATION_COMMUNITY);
  if (!community) return;
  const session = manager.create(DeliberationSession, {
    id: randomUUID(),
    tenantId,
    communityAreaCode: community.areaCode,
    communityName: community.name,
    communityUnitCode: community.communityUnitCode,
    streetUnitCode: community.streetUnitCode,
    date: localDate(now, DEFAULT_TIME_ZONE),
    place: '南池子社区议事厅',
    state: 'held',
    participants: PARTICIPANTS,
    minutes: '社区、业委会、物业公司和居民代表到会，区人大代表列席指导。',
    plannedBy: 'system',
    plannedAt: now,
    heldAt: now,
    decidedAt: null,
    closedAt: null,
    version: 2,
  });
  await manager.insert(DeliberationSession, session);
  const issues = ISSUES.map((issue) =>
    manager.create(CommunityIssue, {
      id: randomUUID(),
      tenantId,
      communityAreaCode: community.areaCode,
      communityName: community.name,
      communityUnitCode: community.communityUnitCode,
      streetUnitCode: community.streetUnitCode,
      text: issue.text,
      source: issue.source,
      state: issue.state,
      level: issue.state === 'self-solved' ? 'self-solved' : issue.state === 'on-agenda' ? 'community' : null,
      reporterResidentId: null,
      resolution: issue.resolution ?? null,
      collectedBy: 'system',
      collectedAt: now,
      triagedBy: issue.state === 'collected' ? null : 'system',
      triagedAt: issue.state === 'collected' ? null : now,
      sessionId: issue.options ? session.id : null,
      orderUnitCode: null,
      orderUnitName: null,
      orderCategoryCode: null,
      orderType: null,
      orderedAt: null,
      requestId: null,
      version: 1,
    }),
  );
  await manager.insert(CommunityIssue, issues);
  await manager.insert(
    AgendaItem,
    ISSUES.flatMap((issue, i) => (issue.options ? [{ issue: issues[i], options: issue.options, counts: issue.counts ?? null }] : [])).map((item, position) => ({
      id: randomUUID(),
      tenantId,
      sessionId: session.id,
      issueId: item.issue.id,
      position,
      options: item.options,
      counts: item.counts,
      ballots: item.counts ? item.counts.reduce((sum, count) => sum + count, 0) : null,
      decisionKind: null,
      decisionOption: null,
      decisionNote: null,
    })),
  );
}
