import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { callApi } from '../api/api-client';
import { useAuth } from '../auth/auth-context';
import { useAsync } from '../ui/use-async';

interface Node {
  code: string;
  name: string;
  parentCode: string | null;
}

/** GET /api/v1/reference: the signed-in user's district, as its admins named it. */
export interface DistrictReferenceData {
  categories: Node[];
  areas: Node[];
  units: Array<{ code: string; name: string; kind: string; parentCode?: string | null }>;
}

export interface Option {
  value: string;
  label: string;
}

export interface DistrictReference {
  loaded: boolean;
  error: unknown;
  /** The trees as the server gave them (the admin view edits them). */
  data: DistrictReferenceData;
  /** Loads the trees again (after an admin changed them). */
  reload(): void;
  /** Leaf categories, labelled with their path ("排水 · 下水道堵塞"). */
  categoryOptions: Option[];
  /** Areas below the district, labelled with their path ("东华门街道 · 南池子社区"). */
  areaOptions: Option[];
  /** Every category and area, parents included (catalogue rules may name a parent: it covers its children). */
  allCategoryOptions: Option[];
  allAreaOptions: Option[];
  unitOptions: Option[];
  categoryName(code: string): string;
  areaName(code: string): string;
  unitName(code: string): string;
}

const EMPTY: DistrictReferenceData = { categories: [], areas: [], units: [] };
const ReferenceContext = createContext<DistrictReference | null>(null);

/** A node's names from the top of its tree down; the root of the area tree (the district) is left out. */
function pathOf(nodes: Map<string, Node>, code: string, skipRoot: boolean): string {
  const names: string[] = [];
  for (let node = nodes.get(code); node; node = node.parentCode ? nodes.get(node.parentCode) : undefined) {
    if (skipRoot && !node.parentCode && names.length > 0) break;
    names.unshift(node.name);
    if (names.length > 10) break;
  }
  return names.length > 0 ? names.join(' · ') : code;
}

export function buildReference(data: DistrictReferenceData, loaded: boolean, error: unknown, reload: () => void = () => undefined): DistrictReference {
  const categories = new Map(data.categories.map((node) => [node.code, node]));
  const areas = new Map(data.areas.map((node) => [node.code, node]));
  const units = new Map(data.units.map((unit) => [unit.code, unit]));
  const parents = new Set(data.categories.map((node) => node.parentCode));
  const categoryName = (code: string) => pathOf(categories, code, false);
  const areaName = (code: string) => pathOf(areas, code, true);
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'zh-CN');
  return {
    loaded,
    error,
    data,
    reload,
    allCategoryOptions: data.categories.map((node) => ({ value: node.code, label: categoryName(node.code) })).sort(byLabel),
    allAreaOptions: data.areas.map((node) => ({ value: node.code, label: pathOf(areas, node.code, false) })).sort(byLabel),
    categoryOptions: data.categories.filter((node) => !parents.has(node.code)).map((node) => ({ value: node.code, label: categoryName(node.code) })),
    areaOptions: data.areas.filter((node) => node.parentCode).map((node) => ({ value: node.code, label: areaName(node.code) })),
    unitOptions: data.units.map((unit) => ({ value: unit.code, label: unit.name })),
    categoryName,
    areaName,
    unitName: (code) => units.get(code)?.name ?? code,
  };
}

/**
 * Loads the district's reference once per sign-in; until it arrives, codes stand in for names.
 * Without a session, `publicDistrict` names the district a public page shows (its public reference).
 */
export function ReferenceProvider({ children, publicDistrict }: { children: ReactNode; publicDistrict?: string }) {
  const { session, api } = useAuth();
  const state = useAsync(async () => {
    if (session) return (await api<DistrictReferenceData>('GET', '/reference')).body;
    if (publicDistrict) return (await callApi<DistrictReferenceData>(null, 'GET', `/public/reference?district=${encodeURIComponent(publicDistrict)}`)).body;
    return EMPTY;
  }, [api, session, publicDistrict]);
  const value = useMemo(() => buildReference(state.data ?? EMPTY, state.data !== undefined, state.error, state.reload), [state.data, state.error, state.reload]);
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
}

/** On a public page: the names of the district it shows, for a visitor who is not signed in (a signed-in one has theirs already). */
export function PublicReferenceProvider({ district, children }: { district: string; children: ReactNode }) {
  const { session } = useAuth();
  return session ? <>{children}</> : <ReferenceProvider publicDistrict={district}>{children}</ReferenceProvider>;
}

export function useReference(): DistrictReference {
  const reference = useContext(ReferenceContext);
  if (!reference) throw new Error('useReference outside ReferenceProvider');
  return reference;
}
