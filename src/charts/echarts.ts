// ECharts, imported module by module (only what the dashboard draws) to keep the bundle small.
import { use } from 'echarts/core'
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([LineChart, BarChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, MarkAreaComponent, TitleComponent, TooltipComponent, CanvasRenderer])

export { format } from 'echarts/core'
