import { createRouter, createWebHistory } from 'vue-router'

// Views load on demand so the first paint only carries the shell and the overview.
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'overview', component: () => import('./views/OverviewView.vue') },
    { path: '/tracker', name: 'tracker', component: () => import('./views/TrackerView.vue') },
    { path: '/target/:id', name: 'target', component: () => import('./views/TargetDetailView.vue'), props: true },
    { path: '/benchmark', name: 'benchmark', component: () => import('./views/BenchmarkView.vue') },
    { path: '/data', name: 'data', component: () => import('./views/DataView.vue') },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})
