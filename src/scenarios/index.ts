// Public API of the scenario maths (pure, no Vue, no DuckDB): model, validation, link codec,
// projection under assumptions, required effort.
export * from './model'
export { checkScenario, checkScenarioList, parseScenarioFile, type Checked, type KnownIds, type ScenarioError, type ScenarioErrorCode } from './validate'
export { readStoredRecord, STORED_RECORD_VERSION, type SetAside, type StoredRead } from './stored'
export { decodeScenario, decodeScenarioList, encodeScenario, encodeScenarioList, fromBase64Url, scenarioFile, toBase64Url, MAX_URL_PARAM } from './codec'
export { evaluateFormula, parseFormula, solveNonNegative, type Formula, type ParsedFormula } from './formula'
export { scenarioContext, type KnownSeries, type ScenarioContext, type ScenarioData } from './context'
export { projectPath, type PathOptions } from './series'
export { resolveParts, touchesParts, type PartSeries, type ResolvedParts } from './parts'
export { projectTarget, projectTargets, SCENARIO_SOURCE, type ProjectionMethod, type TargetProjection } from './project'
export { defaultEffortYear, requiredEffort, type Effort, type PartEffort } from './effort'
export { niceCeil, sliderRange, type SliderRange } from './slider'
