/**
 * A lesson's status as a shape (not only a colour) plus text for screen
 * readers: a ring when not started, a half-filled circle in progress, a
 * filled circle with a tick when done.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {STATUS_LABEL, type LessonStatus} from '@site/src/progress/status';
import styles from './styles.module.css';

export default function StatusIcon({status, className}: {status: LessonStatus; className?: string}): ReactNode {
  return (
    <span className={clsx(styles.status, styles[status], className)}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        {status === 'in-progress' && <path d="M8 1.5a6.5 6.5 0 0 1 0 13Z" fill="currentColor" />}
        {status === 'done' && (
          <>
            <circle cx="8" cy="8" r="6.5" fill="currentColor" />
            <path d="M4.8 8.3 7 10.4l4.3-4.6" fill="none" stroke="var(--ifm-background-color)" strokeWidth="1.8" />
          </>
        )}
      </svg>
      <span className="sr-only">{STATUS_LABEL[status]}:</span>
    </span>
  );
}
