// English. Keys mirror zh-CN.ts exactly.
import { ENTITY_KIND_WORDS, wordsIn } from '../vocab'
import type zh from './zh-CN'

const en: typeof zh = {
  app: {
    title: 'Inner Mongolia Vocational Education Target Monitor',
    skip: 'Skip to main content',
  },
  nav: { overview: 'Overview', tracker: 'Tracker', benchmark: 'Benchmark', scenarios: 'Scenarios', data: 'Data & sources', warnings: 'Warnings', label: 'Main navigation' },
  header: {
    asOf: 'As of',
    asOfHint: 'Evaluation date (set with ?asof=YYYY-MM-DD)',
    dataset: 'Dataset',
    switchTo: '中文',
  },
  engine: {
    idle: 'Analysis engine not started',
    fetching: 'Downloading the analysis engine…',
    instantiating: 'Starting the analysis engine…',
    configuring: 'Configuring the analysis engine…',
    loading: 'Reading {table} (row group {done}/{total})…',
    ready: 'Data ready',
    error: 'Something went wrong',
    elapsed: '{seconds} s so far',
    slow: 'This computer is busy, so start-up is slower than usual. The page keeps waiting; the figures already shown stay.',
  },
  tables: { indicators: 'Indicators', entities: 'Entities', targets: 'Targets', observations: 'Observations', majors: 'Majors (v1.1)', school_conditions: 'School conditions (v1.1)' },
  entityKind: wordsIn(ENTITY_KIND_WORDS, 'en'),
  errors: {
    title: 'Could not complete the operation',
    retry: 'Retry',
    details: 'Technical details',
    aborted: 'The operation was cancelled.',
    engine_start_failed: 'The analysis engine (DuckDB-WASM) could not start. Use a current Chrome, Edge or Firefox and retry.',
    fetch_failed: 'Could not read the file {url}. Check that the address is right and the file exists.',
    parquet_unreadable: 'The file is not a readable Parquet file (it may be corrupt or truncated).',
    empty_file: 'The file is empty: it has no data rows.',
    missing_columns: 'Table {table} lacks required columns: {columns}. Export it following the data contract.',
    cast_failed: 'Table {table} has values that cannot be converted to the contract types.',
    manifest_invalid: 'The dataset manifest {url} is malformed.',
    manifest_missing_table: 'The dataset manifest lacks the table {table}.',
    query_failed: 'The query failed.',
    render_failed: 'This part of the page could not be shown. Try again; if it persists, reload the page.',
    // One sentence per cause; what the engine or browser said goes to “Technical details”, never in here.
    partition_fetch_failed: 'Could not read the file {url}. The data already loaded stays.',
    sample_failed: 'The sample files could not be read. Check the network connection and try again.',
    export_failed: 'The export failed and no file was made. Try again; if it persists, reload the page.',
    workbook_failed: 'The data request workbook could not be built; nothing was downloaded. Try again.',
    unknown: 'An unknown error occurred.',
  },
}
export default en
