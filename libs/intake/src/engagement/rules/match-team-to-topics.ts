/** A deputy as the matching sees them: areas of expertise are category codes or free tags. */
export interface MatchCandidate {
  id: string;
  name: string;
  expertise: readonly string[];
  inSystem: boolean;
}

/** A visitor's registered topic: its category (when known) and free tags. */
export interface MatchTopic {
  id: string;
  categoryCode: string | null;
  tags: readonly string[];
}

export interface TopicMatch {
  topicId: string;
  /** Who fits, best first (empty when nobody's expertise touches the topic). */
  suggested: string[];
  /** Why: the expertise that matched, or that nobody's did and an in-system member routes it. */
  reason: string;
}

/** An expertise covers a category when it is that category or one of its ancestors (housing covers housing.property). */
function covers(expertise: string, topic: MatchTopic): boolean {
  const code = topic.categoryCode;
  if (code !== null && (code === expertise || code.startsWith(`${expertise}.`))) return true;
  return topic.tags.includes(expertise);
}

/** How specific the best matching expertise is (a longer category code fits better). */
function score(candidate: MatchCandidate, topic: MatchTopic): number {
  return Math.max(0, ...candidate.expertise.filter((expertise) => covers(expertise, topic)).map((expertise) => expertise.split('.').length));
}

/**
 * Preparation (准备): each registered topic matched to the team by expertise, best fit first
 * (more specific expertise, then in-system members, then by name). A topic nobody's expertise
 * touches goes to the in-system members, who can route it to the department.
 */
export function matchTeamToTopics(team: readonly MatchCandidate[], topics: readonly MatchTopic[]): TopicMatch[] {
  return topics.map((topic) => {
    const fitting = team
      .map((candidate) => ({ candidate, score: score(candidate, topic) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || Number(b.candidate.inSystem) - Number(a.candidate.inSystem) || a.candidate.name.localeCompare(b.candidate.name, 'zh-CN'));
    if (fitting.length > 0) {
      const matched = fitting[0].candidate.expertise.filter((expertise) => covers(expertise, topic));
      return { topicId: topic.id, suggested: fitting.map((entry) => entry.candidate.id), reason: `expertise: ${matched.join(', ')}` };
    }
    const routers = team.filter((candidate) => candidate.inSystem).map((candidate) => candidate.id);
    return { topicId: topic.id, suggested: routers, reason: 'no expertise matches; an in-system member routes it to the department' };
  });
}
