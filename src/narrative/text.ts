// What every narrative needs from the UI: the translate function and the wording of ids and
// values in the current language (useTargetText supplies them). Each view's narrative adds its own.
import type { TargetEvaluation } from '../tracking'

export interface BaseNarrativeText {
  t: (key: string, params?: Record<string, unknown>) => string
  entityName: (id: string) => string
  indicatorName: (id: string) => string
  value: (v: number | null, indicatorId: string) => string
}

/** The pieces that phrase one target's evaluation. */
export interface TargetNarrativeText extends BaseNarrativeText {
  targetText: (ev: TargetEvaluation) => string
  gapText: (ev: TargetEvaluation) => string
  statusText: (ev: TargetEvaluation) => string
  /** A source reference in the sentence's language (表1 → Table 1); the document when it has no English form. */
  refText: (doc: string, ref: string) => string
}
