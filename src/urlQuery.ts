// Every URL query key the app reads or writes, defined once, with the rule for which of them a
// link to another view keeps. Views read and write their keys through useQueryKey (VueUse's
// useRouteQuery); links to other views are built with linkQuery. Nothing else copies route.query.
import type { LocationQuery, LocationQueryRaw, LocationQueryValue, RouteRecordNameGeneric } from 'vue-router'

/** Where a link starts: the current route's name and query (`useRoute()`, `$route`). */
export interface LinkFrom {
  name?: RouteRecordNameGeneric | null
  query: LocationQuery
}

/** The views of src/router.ts, by route name. */
export type ViewName = 'overview' | 'tracker' | 'target' | 'benchmark' | 'data' | 'scenarios' | 'warnings' | 'present' | 'present-notes' | 'report'

/** Kept by every link: what a shared link must reproduce on any view (as-of date, language, scenarios shown). */
export const APP_KEYS = ['asof', 'lang', 'scenario', 'compare'] as const

/** The tracker's filters (TrackerFilters in src/tracker/filter.ts). */
export const TRACKER_KEYS = ['entity', 'category', 'level', 'status', 'binding', 'q', 'sort'] as const

/**
 * Keys that belong to a group of views: a link keeps them only when it goes from one view of the
 * group to another. The same name may mean different things in two groups (`q` is the tracker's
 * search and the catalogue's), so a key never leaks from one group into the other.
 */
export const VIEW_KEYS = [
  // A target opened from the filtered tracker keeps the filters, so "back to the tracker" shows the
  // same rows; the report prints the tracker as filtered.
  { views: ['tracker', 'target', 'report'], keys: TRACKER_KEYS },
  { views: ['data'], keys: ['tab', 'q', 'page'] },
  { views: ['benchmark'], keys: ['target'] },
  { views: ['scenarios'], keys: ['target'] },
  { views: ['report'], keys: ['targets'] },
  { views: ['warnings'], keys: ['city', 'school'] },
  // The presenter's window follows the show's deck and slide.
  { views: ['present', 'present-notes'], keys: ['deck', 'slide'] },
] as const satisfies readonly { views: readonly ViewName[]; keys: readonly string[] }[]

/** Read once at start-up and then taken out of the URL: a dataset link is offered once (useDataParam). */
export const ONCE_KEYS = ['data'] as const

/** Every query key the app knows. */
export type QueryKey = (typeof APP_KEYS)[number] | (typeof VIEW_KEYS)[number]['keys'][number] | (typeof ONCE_KEYS)[number]

/** The keys a link from view `from` to view `to` keeps. */
export function keptKeys(from: RouteRecordNameGeneric | null | undefined, to: ViewName): Set<QueryKey> {
  const kept = new Set<QueryKey>(APP_KEYS)
  for (const g of VIEW_KEYS) {
    const views: readonly string[] = g.views
    if (typeof from === 'string' && views.includes(from) && views.includes(to)) for (const k of g.keys) kept.add(k)
  }
  return kept
}

/** The query of a link from the current route to view `to`: the keys kept (keptKeys), then `extra` (undefined removes). */
export function linkQuery(from: LinkFrom, to: ViewName, extra: Partial<Record<QueryKey, string | undefined>> = {}): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  for (const k of keptKeys(from.name, to)) if (from.query[k] !== undefined) out[k] = from.query[k]
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete out[k]
    else out[k] = v
  }
  return out
}

/** A query value as one non-empty string (the first of a repeated key), or null. */
export function queryText(v: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' && s !== '' ? s : null
}
