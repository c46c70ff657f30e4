/**
 * Keyboard navigation of the heat map: one tab stop, arrow keys / Home / End / Page Up / Page Down
 * move the active cell. Each move scrolls, renders the new row window and focuses the cell at once
 * (flushSync), so the focused cell never leaves the DOM between two fast key presses.
 */
import { type KeyboardEvent, type RefObject, useState } from 'react';
import { flushSync } from 'react-dom';

export interface Cell {
  r: number;
  c: number;
}

export function useGridKeys(
  container: RefObject<HTMLElement | null>,
  rows: number,
  cols: number,
  /** Scrolls row `r` into view and renders the row window for the new scroll position. */
  revealRow: (r: number) => void,
) {
  const [active, setActive] = useState<Cell>({ r: 0, c: 0 });
  const r = Math.min(active.r, Math.max(0, rows - 1));
  const c = Math.min(active.c, cols - 1);

  const moveTo = (nr: number, nc: number) => {
    const next = { r: Math.max(0, Math.min(rows - 1, nr)), c: Math.max(0, Math.min(cols - 1, nc)) };
    flushSync(() => {
      revealRow(next.r);
      setActive(next);
    });
    container.current?.querySelector<HTMLElement>(`[data-cell="${next.r}:${next.c}"]`)?.focus({ preventScroll: true });
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
