import { useId } from 'react';
import { useClipboard } from './use-clipboard';

/**
 * Copies the address of the view as it stands (filters, drill-down, sort),
 * and always shows the address too, for browsers that refuse clipboard access.
 */
export function CopyLink({ href }: { href: string }) {
  const { status, copy } = useClipboard('Link copied.');
  const id = useId();
  return (
    <div className="copy-link">
      <button type="button" className="button-secondary" onClick={() => copy(href)} aria-describedby={`${id}-status`}>
        Copy link to this view
      </button>
      <span id={`${id}-status`} role="status" className="file-meta">
        {status}
      </span>
      {status !== '' ? (
        <p>
          <label htmlFor={`${id}-url`} className="visually-hidden">
            Link to this view
          </label>
          <input id={`${id}-url`} type="text" readOnly value={href} onFocus={(e) => e.currentTarget.select()} className="copy-link__url" />
        </p>
      ) : null}
    </div>
  );
}
