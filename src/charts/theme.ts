// Chart colours and type shared by every option builder: Okabe–Ito (colour-blind safe).
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']
export const TARGET_COLOR = '#D55E00'
export const PATH_COLOR = '#7a8594'
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans SC', sans-serif"
