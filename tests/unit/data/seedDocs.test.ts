import { describe, expect, it } from 'vitest'
import { numbersNotInDocument, printedNumbers } from '../../../data/lib/seedDocs'

describe('quote numbers against the printed document', () => {
  const doc = printedNumbers('鄂府发〔2022〕78 号\n小计 17093 32000 14907\n双师型教师占比达到 58%，到 2025 年达到 1. 9 万人')

  it('finds every number of a quote the document prints, spaced-out digits included', () => {
    expect(numbersNotInDocument('小计 17093 32000 14907', doc)).toEqual([])
    expect(numbersNotInDocument('1.9 万人', doc)).toEqual([])
    expect(numbersNotInDocument('鄂府发〔2022〕78号', doc)).toEqual([])
  })

  it('names a mistyped figure', () => {
    expect(numbersNotInDocument('小计 17039 32000', doc)).toEqual(['17039'])
    expect(numbersNotInDocument('占比 85%', doc)).toEqual(['85'])
  })
})
