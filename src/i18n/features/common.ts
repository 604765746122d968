import { defineMessages } from '../define'

// Messages of the shared components (components/common).
export default defineMessages(
  {
    common: {
      asOfRejected: '链接中的评估日期“{value}”不是 {min} 至 {max} 之间的有效日期，已改用 {used}。',
    },
  },
  {
    common: {
      asOfRejected: 'The as-of date “{value}” in the link is not a valid date between {min} and {max}; {used} is used instead.',
    },
  },
)
