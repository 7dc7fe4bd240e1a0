/**
 * Export progress to a JSON file, import it back (refused, with nothing
 * changed, unless the whole file is a valid export), and reset everything
 * after a confirmation.
 */
import {useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import {exportProgress, importProgress, resetProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

type Message = {kind: 'success' | 'error'; text: string} | null;

/** FileReader rather than Blob.text(), which some older browsers lack. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsText(file);
  });
}

export function exportFileName(now: Date = new Date()): string {
  return `backend-devops-mastery-progress-${now.toISOString().slice(0, 10)}.json`;
}

export default function ProgressTransfer(): ReactNode {
  const [message, setMessage] = useState<Message>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportProgress()], {type: 'application/json'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName();
    link.click();
    URL.revokeObjectURL(url);
    setMessage({kind: 'success', text: 'Progress downloaded.'});
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = importProgress(await readText(file));
    setMessage(
      result.ok
        ? {kind: 'success', text: `Progress imported from ${file.name}.`}
        : {kind: 'error', text: `${file.name} was not imported, and your progress is unchanged. ${result.error}`},
    );
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className={styles.transfer}>
      <div className={styles.row}>
        <button type="button" className="button button--primary" onClick={download}>
          Download progress file
        </button>
        <label className={`button button--secondary ${styles.fileButton}`}>
          Import a progress file
          <input ref={fileInput} className="sr-only" type="file" accept="application/json,.json" onChange={(event) => void upload(event)} />
        </label>
      </div>
      <div className={styles.row}>
        {confirmingReset ? (
          <>
            <span>This deletes every lesson mark, quiz score and lab tick in this browser.</span>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                resetProgress();
                setConfirmingReset(false);
                setMessage({kind: 'success', text: 'All progress was reset.'});
              }}>
              Yes, reset everything
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirmingReset(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirmingReset(true)}>
            Reset all progress
          </button>
        )}
      </div>
      {/* Both live regions exist from the start, so screen readers announce what lands in them. */}
      <p className={styles.success} role="status">
        {message?.kind === 'success' ? message.text : ''}
      </p>
      <p className={styles.error} role="alert">
        {message?.kind === 'error' ? message.text : ''}
      </p>
    </div>
  );
}
