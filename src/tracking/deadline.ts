// Deadline state of a target as of a date. A "by 2025" target runs to the end of
// 2025 (Dec 31, local time); days are calendar days, so DST never shifts them.
import { differenceInCalendarDays, endOfYear } from 'date-fns'

export type DeadlineState =
  | { kind: 'open'; deadline: Date; daysLeft: number }
  /** awaitingFinalFigure: no observation for the target year or later yet. */
  | { kind: 'overdue'; deadline: Date; daysOverdue: number; awaitingFinalFigure: boolean }
  /** A standing rule (no year in the text): judged per year, no deadline. */
  | { kind: 'none' }

/** Dec 31 (end of day, local) of the target year. */
export function targetDeadline(targetYear: number): Date {
  return endOfYear(new Date(targetYear, 0, 1))
}

/**
 * `open` through Dec 31 of the target year (daysLeft 0 on the day itself);
 * `overdue` from Jan 1 after it. `latestObservationYear` is the latest year
 * observed as of the date (baseline excluded), null when none.
 */
export function deadlineState(targetYear: number, asOf: Date, latestObservationYear: number | null): DeadlineState {
  const deadline = targetDeadline(targetYear)
  const daysLeft = differenceInCalendarDays(deadline, asOf)
  if (daysLeft >= 0) return { kind: 'open', deadline, daysLeft }
  return {
    kind: 'overdue',
    deadline,
    daysOverdue: -daysLeft,
    awaitingFinalFigure: latestObservationYear === null || latestObservationYear < targetYear,
  }
}
