/**
 * Charts for documents, drawn on the server: ECharts renders to SVG in memory (its server-side mode,
 * no DOM), resvg (a prebuilt binary shipped in its npm package) turns the SVG into a PNG that Word and
 * LibreOffice show as a picture. Text uses the machine's fonts; without any, the bars still draw.
 */
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

export interface BarChartInput {
  title: string;
  categories: readonly string[];
  series: readonly { name: string; values: readonly number[]; color: string }[];
  /** A horizontal reference line (e.g. the number of criteria), with its label. */
  mark?: { value: number; label: string };
  width?: number;
  height?: number;
}

/** The chart as SVG text. */
export function barChartSvg(input: BarChartInput): string {
  const width = input.width ?? 900;
  const height = input.height ?? 420;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Liberation Serif, Times New Roman, DejaVu Serif, serif' },
    title: { text: input.title, left: 'center', textStyle: { fontSize: 16 } },
    legend: { bottom: 0 },
    grid: { left: 40, right: 20, top: 50, bottom: 90 },
    xAxis: { type: 'category', data: [...input.categories], axisLabel: { interval: 0, rotate: input.categories.length > 8 ? 35 : 0 } },
    yAxis: { type: 'value', minInterval: 1, ...(input.mark ? { max: input.mark.value } : {}) },
    series: input.series.map((s, i) => ({
      name: s.name,
      type: 'bar',
      data: [...s.values],
      itemStyle: { color: s.color },
      label: { show: input.categories.length <= 20, position: 'top' },
      ...(i === 0 && input.mark
        ? {
            markLine: {
              symbol: 'none',
              data: [{ yAxis: input.mark.value, name: input.mark.label }],
              label: { formatter: input.mark.label },
            },
          }
        : {}),
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The chart as PNG bytes, at twice the size for a sharp print. */
export function barChartPng(input: BarChartInput): Buffer {
  const svg = barChartSvg(input);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif' },
  }).render();
  return png.asPng();
}
