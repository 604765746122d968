import { createRouter, createWebHistory } from 'vue-router'
// The overview is the first view: bundled with the app so its figures need no extra round trip.
import OverviewView from './views/OverviewView.vue'

// Views load on demand so the first paint only carries the shell and the overview.
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'overview', component: OverviewView },
    { path: '/tracker', name: 'tracker', component: () => import('./views/TrackerView.vue') },
    { path: '/target/:id', name: 'target', component: () => import('./views/TargetDetailView.vue'), props: true },
    { path: '/benchmark', name: 'benchmark', component: () => import('./views/BenchmarkView.vue') },
    { path: '/data', name: 'data', component: () => import('./views/DataView.vue') },
    { path: '/scenarios', name: 'scenarios', component: () => import('./views/ScenariosView.vue') },
    { path: '/warnings', name: 'warnings', component: () => import('./views/WarningsView.vue') },
    // Presenter mode and the presenter's own window: full screen, no app chrome (meta.bare).
    { path: '/present', name: 'present', component: () => import('./views/PresentView.vue'), meta: { bare: true } },
    { path: '/present/notes', name: 'present-notes', component: () => import('./views/PresenterNotesView.vue'), meta: { bare: true } },
    { path: '/report', name: 'report', component: () => import('./views/ReportView.vue') },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})
