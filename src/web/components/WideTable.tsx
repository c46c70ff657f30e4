/**
 * A table that may be wider than the screen scrolls inside its own box, never the page; when it does
 * overflow, a line above it says so and the box's edge is shaded, so the last columns are not lost.
 * The box is focusable so a keyboard can scroll it too.
 */
import { Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './wide-table.css';

interface Props {
  /** Names the scrolling box (the table's own name). */
  label: string;
  className?: string;
  children: ReactNode;
}

export function WideTable({ label, className, children }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflows && (
        <Text size="xs" c="dimmed" data-testid="scroll-hint">
          {t('phone.scrollHint')}
        </Text>
      )}
      <section
        ref={box}
        className={`wide-table${overflows ? ' wide-table-overflows' : ''}${className ? ` ${className}` : ''}`}
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
        tabIndex={0}
      >
        {children}
      </section>
    </>
  );
}
