import { useEffect, useId, useRef, useState } from 'react';
import { hostPolicy, scriptHashSource } from '../../lib/embed';
import { useClipboard } from './use-clipboard';

interface Props {
  /** What is embedded: the whole view, or one chart or table of it. */
  what?: 'view' | 'chart' | 'table';
  /** The chart's or table's title, said to screen readers on the button. */
  name?: string;
  snippet: string;
  /** The dashboard's origin, for the host's frame-src. */
  origin: string;
  /** The snippet script's exact text, hashed for the host's script-src. */
  scriptText: string;
}

/** The policy a host page must add, once its hash is computed; why it cannot be, otherwise. */
function useHostPolicy(origin: string, scriptText: string): string {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    if (scriptText === '') return;
    let live = true;
    scriptHashSource(scriptText).then(
      (h) => live && setHash(h),
      () => live && setHash(''),
    );
    return () => {
      live = false;
    };
  }, [scriptText]);
  if (hash === null) return '';
  return hash === '' ? 'The script hash could not be computed here (Web Crypto needs a secure, https page).' : hostPolicy(origin, hash);
}

/**
 * A native modal dialog: it traps focus, closes with Escape and returns focus
 * to the button, without any script of ours doing so.
 */
export function EmbedDialog({ what = 'view', name, snippet, origin, scriptText }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Hashed only once opened: a page has a dialog for every chart and table.
  const [opened, setOpened] = useState(false);
  const policy = useHostPolicy(origin, opened ? scriptText : '');
  const { status, copy } = useClipboard('Embed code copied.');
  const id = useId();
  const label = `Embed this ${what}`;
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          setOpened(true);
          dialog.current?.showModal();
        }}
      >
        {label}
        {name ? <span className="visually-hidden">: {name}</span> : null}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{name ? `${label}: ${name}` : label}</h2>
        {/* Filled in once opened: a page has a dialog for every chart and table, and its HTML need not carry them all. */}
        {opened ? (
          <>
            <p>
              {what === 'view'
                ? 'Paste this into your web page. It shows this view as it is now, with its filters, and resizes to fit its content.'
                : `Paste this into your web page. It shows this ${what} alone, as it is now, with its title, period, source and the date its figures run to, a link to the full view, and resizes to fit it.`}{' '}
              If your content system removes scripts, it still works at a fixed height.
            </p>
            <label htmlFor={`${id}-snippet`}>Embed code</label>
            <textarea id={`${id}-snippet`} readOnly rows={10} value={snippet} onFocus={(e) => e.currentTarget.select()} />
            <h3>If your page has a Content-Security-Policy</h3>
            <p>
              Allow the dashboard in frames and this script by its hash: add these to the policy of the page that embeds it. The hash is of
              this exact script; it changes only if the dashboard&rsquo;s address does.
            </p>
            <label htmlFor={`${id}-policy`}>Policy to add</label>
            <textarea id={`${id}-policy`} readOnly rows={3} value={policy} onFocus={(e) => e.currentTarget.select()} />
            <div className="embed-dialog__actions">
              <button type="button" className="button-secondary" onClick={() => copy(snippet)}>
                Copy embed code
              </button>
              <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
                Close
              </button>
              <span role="status">{status}</span>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
