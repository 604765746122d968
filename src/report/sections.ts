// The printed report's sections: the tracker's rows grouped by the document that set each target,
// in the rows' own order (the tracker's sort), documents in order of first appearance.
import type { TargetEvaluation } from '../tracking'

export interface ReportSection {
  doc: string
  rows: TargetEvaluation[]
}

export function sectionsByDocument(rows: readonly TargetEvaluation[]): ReportSection[] {
  const byDoc = new Map<string, TargetEvaluation[]>()
  for (const ev of rows) {
    const doc = ev.target.source_doc
    byDoc.set(doc, [...(byDoc.get(doc) ?? []), ev])
  }
  return [...byDoc].map(([doc, list]) => ({ doc, rows: list }))
}

/** Every document the rows cite, for targets and figures alike, each once, in first-seen order. */
export function citedDocuments(rows: readonly TargetEvaluation[]): string[] {
  return [...new Set(rows.flatMap((ev) => [ev.target.source_doc, ...ev.points.flatMap((p) => p.sources.map((s) => s.source_doc))]))]
}
