import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { format, point, WITHHELD, type Figure, type Kind } from './format';

// Only what the page draws goes into the bundle.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

const charts = new Map<HTMLElement, echarts.ECharts>();
addEventListener('resize', () => charts.forEach((c) => c.resize()));

/** One series of figures along the categories of a chart, with how to show its numbers. */
export interface Series {
  name: string;
  kind: Kind;
  figures: Figure[];
  type: 'bar' | 'line';
  /** The right-hand axis (hours and yuan beside counts). */
  right?: boolean;
}

/** Tooltip lines: each series' figure at that category, or 已隐藏 with the reason. */
function tooltip(series: Series[], labels: string[]) {
  return (params: unknown) => {
    const index = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
    const lines = series.map((s) => {
      const f = s.figures[index.dataIndex];
      const shown = !f
        ? '—'
        : f.value === null
          ? `${WITHHELD}（${f.suppressed ?? '不足5人'}）`
          : format(f.value, s.kind);
      return `${s.name}：${shown}`;
    });
    return [labels[index.dataIndex], ...lines].join('<br/>');
  };
}

/**
 * Draws (or redraws) a chart of `series` over `labels` in `el`: vertical by default, horizontal bars for a
 * ranking (first label on top).
 */
export function draw(el: HTMLElement, title: string, labels: string[], series: Series[], horizontal = false) {
  let chart = charts.get(el);
  if (!chart) {
    chart = echarts.init(el, undefined, { renderer: 'canvas' });
    charts.set(el, chart);
  }
  const valueAxis = (right: boolean) => ({
    type: 'value' as const,
    position: horizontal ? undefined : right ? ('right' as const) : ('left' as const),
    splitLine: { show: !right },
    axisLabel: { formatter: (v: number) => new Intl.NumberFormat('zh-CN', { notation: 'compact' }).format(v) },
  });
  const twoAxes = !horizontal && series.some((s) => s.right);
  const categoryAxis = {
    type: 'category' as const,
    data: labels,
    inverse: horizontal,
    axisLabel: horizontal ? { interval: 0 } : { interval: 'auto' as const, rotate: labels.length > 8 ? 30 : 0 },
  };
  chart.setOption(
    {
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', formatter: tooltip(series, labels) },
      legend: { bottom: 0, show: series.length > 1 },
      grid: { left: 8, right: 8, top: 36, bottom: series.length > 1 ? 36 : 8, containLabel: true },
      xAxis: horizontal ? valueAxis(false) : categoryAxis,
      yAxis: horizontal ? categoryAxis : twoAxes ? [valueAxis(false), valueAxis(true)] : valueAxis(false),
      series: series.map((s) => ({
        name: s.name,
        type: s.type,
        yAxisIndex: twoAxes && s.right ? 1 : 0,
        data: s.figures.map(point),
        smooth: s.type === 'line',
        connectNulls: false,
      })),
    },
    true,
  );
}
