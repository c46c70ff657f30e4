/**
 * A chart that loads ECharts on first use (a separate chunk), resizes with its box and is
 * described for screen readers by `label` (the same figures are in the tables).
 */
import { Skeleton } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption } from '../lib/echarts';

interface Props {
  option: EChartsCoreOption;
  height: number;
  label: string;
}

export function EChart({ option, height, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption: (o: EChartsCoreOption, notMerge: boolean) => void; resize: () => void; dispose: () => void } | undefined;
    const ro = new ResizeObserver(() => chart?.resize());
    // drawn after the page has painted, so a big chart never delays the table
    const idle = (fn: () => void) =>
      window.requestIdleCallback ? window.requestIdleCallback(fn, { timeout: 1000 }) : window.setTimeout(fn, 50);
    void import('../lib/echarts').then(({ echarts }) =>
      idle(() => {
        if (disposed || !box.current) return;
        chart = echarts.getInstanceByDom(box.current) ?? echarts.init(box.current);
        chart.setOption(option, true);
        ro.observe(box.current);
        setReady(true);
      }),
    );
    return () => {
      disposed = true;
      ro.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return (
    // The label sits on the wrapper; ECharts' own (English) description stays off the drawing.
    <div role="img" aria-label={label} style={{ position: 'relative', height }}>
      {!ready && <Skeleton height={height} style={{ position: 'absolute', inset: 0 }} />}
      <div ref={box} aria-hidden="true" style={{ height, width: '100%' }} />
    </div>
  );
}
