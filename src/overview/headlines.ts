// The overview's headline targets: the ones a 教育厅 or 市教育局 asks about first. A dataset names
// them in its manifest (`headlines`, docs/data-contract.md "Manifest facts"; the bundled list is
// data/curated/headlines.tsv). A dataset that names none, or none that exist, gets the rule below.

export const HEADLINE_COUNT = 8
const LEVEL: Readonly<Record<string, number>> = { region: 0, city: 1 }

/**
 * Headlines: the listed ids that exist, in the listed order. Without any, the first `max` targets
 * ranked region before city before the rest, binding (控制性) before expected within each, then
 * by target_id, so the same data always leads with the same cards.
 */
export function pickHeadlines<T extends { target_id: string; entity_id: string; binding: string | null }>(
  targets: readonly T[],
  entityKind: (entityId: string) => string | undefined,
  listed: readonly string[] | undefined,
  max = HEADLINE_COUNT,
): T[] {
  const byId = new Map(targets.map((t) => [t.target_id, t]))
  const known = (listed ?? []).map((id) => byId.get(id)).filter((t): t is T => !!t)
  if (known.length) return known
  const level = (t: T) => LEVEL[entityKind(t.entity_id) ?? ''] ?? 2
  const rank = (t: T) => level(t) * 2 + (t.binding === 'binding' ? 0 : 1)
  return [...targets].sort((a, b) => rank(a) - rank(b) || a.target_id.localeCompare(b.target_id)).slice(0, max)
}
