// Words for the catalogue tables in the UI's language: names (falling back to ids), values
// with units, vocabularies (falling back to the raw code for user data), document titles.
import { useI18n } from 'vue-i18n'
import { documentShortTitle, documentTitle } from '../../queries/documents'
import { comparatorKey, formatMeasure, type UnitInfo } from './measure'
import { stripBidiControls } from '../../text/names'

export function useCatalogueText() {
  const { t, te, locale } = useI18n()
  const en = () => locale.value === 'en'
  /** A translated vocabulary word, or the code itself when the data uses one we do not know. */
  const vocab = (group: string, code: string | null) => {
    if (code === null || code === '') return t('sources.none')
    return te(`sources.${group}.${code}`) ? t(`sources.${group}.${code}`) : code
  }

  const value = (v: number | null, info: UnitInfo) => formatMeasure(v, info, locale.value)

  return {
    /** Chinese or English name; the other language, then the id, when missing. */
    name: (zh: string | null, enName: string | null, id: string) => stripBidiControls(en() ? enName || zh || id : zh || enName || id),
    value,
    /** "不低于 60%" / "at least 60%". */
    goal: (comparator: string, v: number, info: UnitInfo) => {
      const k = comparatorKey(comparator)
      return `${k ? t(`sources.comparator.${k}`) : comparator} ${value(v, info)}`
    },
    unit: (u: string | null) => vocab('unit', u),
    direction: (d: string | null) => vocab('direction', d),
    category: (c: string | null) => vocab('category', c),
    level: (l: string | null) => vocab('level', l),
    display: (d: string | null) => vocab('display', d),
    binding: (b: string | null) => vocab('binding', b),
    kind: (k: string) => (te(`entityKind.${k}`) ? t(`entityKind.${k}`) : k),
    year: (y: number | null) => (y === null ? t('sources.none') : t('sources.inYear', { year: y })),
    docShort: (doc: string) => documentShortTitle(doc, locale.value),
    docTitle: (doc: string) => documentTitle(doc, locale.value),
    docFull: (doc: string) => t('sources.fullTitle', { title: documentTitle(doc, locale.value), file: doc }),
  }
}
