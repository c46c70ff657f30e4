/**
 * Keyboard navigation of the heat map as an ARIA grid: one tab stop, arrow keys / Home / End /
 * Page Up / Page Down move the active cell (scrolling rows into view), Enter opens it.
 */
import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';

export interface Cell {
  r: number;
  c: number;
}

export function useGridKeys(
  container: RefObject<HTMLElement | null>,
  rows: number,
  cols: number,
  scrollToRow: (r: number) => void,
  renderedKey: string,
) {
  const [active, setActive] = useState<Cell>({ r: 0, c: 0 });
  const wantFocus = useRef(false);
  const r = Math.min(active.r, Math.max(0, rows - 1));
  const c = Math.min(active.c, cols - 1);

  // renderedKey changes when the row window moves, so a cell scrolled into view gets focus once it exists
  // biome-ignore lint/correctness/useExhaustiveDependencies: renderedKey is the trigger
  useEffect(() => {
    if (!wantFocus.current) return;
    const el = container.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      wantFocus.current = false;
    }
  }, [r, c, renderedKey, container]);

  const moveTo = (nr: number, nc: number) => {
    const next = { r: Math.max(0, Math.min(rows - 1, nr)), c: Math.max(0, Math.min(cols - 1, nc)) };
    wantFocus.current = true;
    scrollToRow(next.r);
    setActive(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const page = 10;
    const keys: Record<string, () => void> = {
      ArrowUp: () => moveTo(r - 1, c),
      ArrowDown: () => moveTo(r + 1, c),
      ArrowLeft: () => moveTo(r, c - 1),
      ArrowRight: () => moveTo(r, c + 1),
      PageUp: () => moveTo(r - page, c),
      PageDown: () => moveTo(r + page, c),
      Home: () => (e.ctrlKey ? moveTo(0, 0) : moveTo(r, 0)),
      End: () => (e.ctrlKey ? moveTo(rows - 1, cols - 1) : moveTo(r, cols - 1)),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const tabIndexOf = (row: number, col: number) => (row === r && col === c ? 0 : -1);
  return { active: { r, c }, setActive, onKeyDown, tabIndexOf };
}
