// The warnings engine: the region's adjustment rules (004（一）（五）（六）) over the optional
// `majors` and `school_conditions` tables. Pure TypeScript, no Vue, no DuckDB. See RULES.md.
export * from './types'
export * from './rules'
export { judgeRun } from './run'
export { majorYearVerdict, judgeMajor } from './majorAlert'
export { planYearVerdict, schoolYearPlan, judgePlanCompletion } from './planCompletion'
export { judgeFacilities } from './facilityStandard'
export { planCutRange, planCutOrStop, correctionOrClosure } from './consequence'
export { evaluateWarnings, cityOf, type WarningsInput } from './evaluate'
export { countByRule, countBy, compareByConsequence, STATES, type RuleCounts } from './summary'
