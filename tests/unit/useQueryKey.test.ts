import { describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useQueryKey, type QueryKeyOptions } from '../../src/composables/useQueryKey'
import type { QueryKey } from '../../src/urlQuery'

const Empty = defineComponent({ render: () => null })

/** A router at `start`, and a way to make query-key refs inside the app (as a component's setup would). */
async function at(start: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', name: 'overview', component: Empty }, { path: '/tracker', name: 'tracker', component: Empty }] })
  const app = createApp(Empty).use(router)
  await router.push(start)
  const key = (k: QueryKey, o?: QueryKeyOptions) => app.runWithContext(() => useQueryKey(k, o))
  const replace = vi.spyOn(router, 'replace')
  const push = vi.spyOn(router, 'push')
  /** Let useRouteQuery's batched write (next tick) and the navigation finish. */
  const settle = async () => {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
  return { router, key, replace, push, settle }
}

describe('useQueryKey', () => {
  it('reads a key as one string; empty and absent read as null', async () => {
    const { key } = await at('/tracker?entity=bayannur&entity=ordos&q=')
    expect(key('entity').value).toBe('bayannur')
    expect(key('q').value).toBeNull()
    expect(key('status').value).toBeNull()
  })

  it('writing what the URL already says does not navigate (it would cancel a navigation under way)', async () => {
    const { key, replace, push, settle } = await at('/tracker?asof=2026-11-22')
    key('scenario').value = null
    key('asof').value = '2026-11-22'
    await settle()
    expect(replace).not.toHaveBeenCalled()
    expect(push).not.toHaveBeenCalled()
  })

  it('two keys written in the same tick land in one navigation, other keys kept', async () => {
    const { router, key, replace, settle } = await at('/tracker?asof=2026-11-22&page=3')
    key('entity').value = 'bayannur'
    key('page').value = null
    await settle()
    expect(replace).toHaveBeenCalledTimes(1)
    expect(router.currentRoute.value.fullPath).toBe('/tracker?asof=2026-11-22&entity=bayannur')
  })

  it("'' takes the key out; with keepEmpty an empty value stays (an empty deck)", async () => {
    const { router, key, settle } = await at('/tracker?q=x')
    key('q').value = ''
    await settle()
    expect(router.currentRoute.value.query).toEqual({})
    const deck = key('deck', { keepEmpty: true })
    deck.value = ''
    await settle()
    expect(router.currentRoute.value.query).toEqual({ deck: '' })
    expect(deck.value).toBe('')
  })

  it("mode 'push' adds a history entry", async () => {
    const { router, key, push, settle } = await at('/tracker')
    key('status', { mode: 'push' }).value = 'no_new_data'
    await settle()
    expect(push).toHaveBeenCalledTimes(1)
    expect(router.currentRoute.value.query).toEqual({ status: 'no_new_data' })
  })
})
