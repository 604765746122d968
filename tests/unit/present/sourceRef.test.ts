import { describe, expect, it } from 'vitest'
import { chineseNumeral, sourceRefInEnglish, sourceRefText } from '../../../src/i18n/sourceRef'

describe('source references in English (issue 14)', () => {
  it.each([
    ['表1', 'Table 1'],
    ['表2.1 内蒙古自治区高职院校办学条件核心数据 2022-2023 年比较列表', 'Table 2.1'],
    ['表1-4', 'Table 1-4'],
    ['二、（一）', '§2(1)'],
    ['三、（三）13', '§3(3), item 13'],
    ['四、（四）', '§4(4)'],
    ['（十一）', '§(11)'],
    ['（十）', '§(10)'],
    ['（十四）', '§(14)'],
    ['专栏2（3）', 'Box 2(3)'],
    ['【案例 3】', 'Case 3'],
    ['案例 1-5', 'Case 1-5'],
    ['前言', 'Preface'],
    ['1.3.2 产学研联动', '§1.3.2'],
    ['3.1.1. 专业建设稳步提升', '§3.1.1'],
    ['1.4', '1.4'],
    ['产业为基 锚定服务发展主航向 段2', 'para. 2'],
  ])('%s → %s', (zh, en) => {
    expect(sourceRefInEnglish(zh)).toBe(en)
  })
  it('a heading it cannot put in words gives null, never Chinese', () => {
    expect(sourceRefInEnglish('首批“十四五”职业教育国家规划教材书目—高职专科新申报教材入选数量统计')).toBeNull()
  })
  it('Chinese numerals', () => {
    expect([chineseNumeral('一'), chineseNumeral('十'), chineseNumeral('十一'), chineseNumeral('二十三'), chineseNumeral('百')]).toEqual([1, 10, 11, 23, null])
  })
  it('the Chinese UI keeps the reference as printed', () => {
    expect(sourceRefText('二、（一）', 'zh-CN')).toBe('二、（一）')
    expect(sourceRefText('二、（一）', 'en')).toBe('§2(1)')
  })
})
