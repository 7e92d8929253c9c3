import { useId, useRef } from 'react';
import { useClipboard } from './use-clipboard';

interface Props {
  snippet: string;
}

/**
 * A native modal dialog: it traps focus, closes with Escape and returns focus
 * to the button, without any script of ours doing so.
 */
export function EmbedDialog({ snippet }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { status, copy } = useClipboard('Embed code copied.');
  const id = useId();
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => dialog.current?.showModal()}>
        Embed this view
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Embed this view</h2>
        <p>
          Paste this into your web page. It shows this view as it is now, with its filters, and resizes to fit its content. If your content
          system removes scripts, the view still works at a fixed height.
        </p>
        <label htmlFor={`${id}-snippet`}>Embed code</label>
        <textarea id={`${id}-snippet`} readOnly rows={10} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        <div className="embed-dialog__actions">
          <button type="button" className="button-secondary" onClick={() => copy(snippet)}>
            Copy embed code
          </button>
          <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <span role="status">{status}</span>
        </div>
      </dialog>
    </>
  );
}
