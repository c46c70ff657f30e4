/**
 * Row windowing for long tables (8,000 communes): only the rows in view (plus a margin) are in the
 * DOM; spacer rows above and below keep the scroll height. Rows have a fixed height.
 */
import { type RefObject, useCallback, useEffect, useState } from 'react';

export interface RowWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
  /** Scrolls the container so that row `index` is fully visible below the sticky header (and re-windows). */
  scrollToRow: (index: number) => void;
}

export function useRowWindow(
  container: RefObject<HTMLElement | null>,
  headerHeight: () => number,
  count: number,
  rowHeight: number,
  overscan = 10,
): RowWindow {
  // a first guess of the height; the ResizeObserver reports the real one after layout (no forced reflow)
  const [view, setView] = useState(() => ({ top: 0, height: Math.round(window.innerHeight * 0.7) }));

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setView((v) => (v.top === el.scrollTop ? v : { ...v, top: el.scrollTop }));
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(([entry]) => {
      const height = Math.round(entry?.contentRect.height ?? el.clientHeight);
      setView((v) => (v.height === height ? v : { ...v, height }));
    });
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, [container]);

  // a shorter list (after filtering) may not have scrolled back yet: never start past its end
  const top = Math.min(view.top, Math.max(0, count * rowHeight + headerHeight() - view.height));
  const first = Math.floor(Math.max(0, top - headerHeight()) / rowHeight);
  const visible = Math.ceil(view.height / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);

  const scrollToRow = useCallback(
    (index: number) => {
      const el = container.current;
      if (!el) return;
      const head = headerHeight();
      const top = index * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight + head > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight + head - el.clientHeight;
      // take the new position now rather than on the next scroll event, so the row is rendered at once
      setView((v) => (v.top === el.scrollTop ? v : { ...v, top: el.scrollTop }));
    },
    [container, headerHeight, rowHeight],
  );

  return { start, end, padTop: start * rowHeight, padBottom: Math.max(0, (count - end) * rowHeight), scrollToRow };
}
