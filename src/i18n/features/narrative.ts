import { defineMessages } from '../define'

export default defineMessages(
  {
    narrative: {
      listSep: '，',
      head: '截至{date}，{total}项重点目标中：{parts}。',
      countPart: '{status}{n}项',
      awaiting: '其中{n}项已过截止日期，尚待最终数据。',
      sentence: '{entity}{indicator}{year}年为{value}，目标为{target}（{targetYear}年），{gap}，状态：{status}。',
      noFigure: '{entity}{indicator}目标为{target}（{targetYear}年），暂无实际数据，状态：{status}。',
      sentenceStanding: '{entity}{indicator}{year}年为{value}，常设要求为{target}，{gap}，状态：{status}。',
      sourceFigure: '{value}（{ref}）',
      gapPart: '{entity}{indicator}（{gap}）',
      sourceSep: ' / ',
      empty: '当前数据集中没有可评估的目标。',
      scenario: '（情景推演，非实际数据）',
    },
  },
  {
    narrative: {
      listSep: ', ',
      head: 'As of {date}, of {total} headline targets: {parts}. ',
      countPart: '{n} {status}',
      awaiting: '{n} are past their deadline and await the final figure. ',
      sentence: '{entity} — {indicator}: {value} in {year} against a target of {target} by {targetYear}, {gap}; status: {status}. ',
      noFigure: '{entity} — {indicator}: target {target} by {targetYear}, no actual figure yet; status: {status}. ',
      sentenceStanding: '{entity} — {indicator}: {value} in {year} against the standing rule {target}, {gap}; status: {status}. ',
      sourceFigure: '{value} ({ref})',
      gapPart: '{entity} — {indicator} ({gap})',
      sourceSep: ' / ',
      empty: 'The dataset has no targets to evaluate.',
      scenario: '(scenario projection, not actual data)',
    },
  },
)
