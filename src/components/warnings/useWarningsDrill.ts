// Drill-down region → city → school → major, kept in the URL (?city=…&school=…) so a
// presenter can share the level on screen.
import { computed } from 'vue'
import { countBy, type Warning } from '../../warnings'
import { useQueryKey } from '../../composables/useQueryKey'

export function useWarningsDrill(all: () => readonly Warning[]) {
  // Each level is a step Back should undo ('push').
  /** The city drilled into, if any. */
  const city = useQueryKey('city', { mode: 'push' })
  /** The school drilled into, if any (its majors are the rows). */
  const school = useQueryKey('school', { mode: 'push' })

  const visible = computed(() =>
    all().filter((w) => (!city.value || w.cityId === city.value) && (!school.value || w.schoolId === school.value)),
  )
  /** Counts one level down: cities at the region, schools in a city; none at a school. */
  const places = computed(() => {
    if (school.value) return []
    const key = city.value ? (w: Warning) => w.schoolId : (w: Warning) => w.cityId
    return [...countBy(visible.value, key)].map(([id, counts]) => ({ id, counts, total: counts.triggered + counts.watch + counts.cannot_tell }))
      .sort((a, b) => b.counts.triggered - a.counts.triggered || b.total - a.total || a.id.localeCompare(b.id))
  })

  function go(next: { city?: string | null; school?: string | null }) {
    city.value = next.city ?? null
    school.value = next.school ?? null
  }
  const open = (id: string) => (city.value ? go({ city: city.value, school: id }) : go({ city: id }))

  return { city, school, visible, places, go, open }
}
