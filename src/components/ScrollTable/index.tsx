/**
 * A table that scrolls sideways on narrow screens inside a wrapper that
 * becomes focusable when (and only when) it overflows, so keyboard users can
 * scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable) without an
 * extra tab stop on screens where it fits. Used for every Markdown table
 * through the MDX registry and by the site's own tables.
 */
import {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export default function ScrollTable({className, ...props}: ComponentProps<'table'>): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const element = wrapper.current;
    if (!element) return undefined;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={wrapper} className={styles.scroll} tabIndex={overflows ? 0 : undefined} data-overflows={overflows || undefined}>
      <table className={clsx(styles.table, className)} {...props} />
    </div>
  );
}
