import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError } from '../../lib/chunk-error';
import { useFocusWhenShown } from './embedded';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Contains a failure to the view it happened in: the header, navigation and
 * footer stay, so the reader can go elsewhere or reload. Keyed by the view in
 * the shell, so choosing another view starts afresh.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever investigates; the page shows plain words only.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ViewFailure updated={isChunkLoadError(this.state.error)} />;
  }
}

/** What the reader sees instead of the view: what happened and a Reload button. */
export function ViewFailure({ updated }: { updated: boolean }) {
  const ref = useFocusWhenShown<HTMLDivElement>();
  return (
    <div className="error-summary" role="alert" aria-labelledby="view-failure-title" tabIndex={-1} ref={ref}>
      <h2 id="view-failure-title">{updated ? 'The dashboard has been updated' : 'This view could not be shown'}</h2>
      <p>
        {updated
          ? 'The dashboard has been updated since this page was loaded: reload to see the latest version.'
          : 'Something went wrong while showing this view. Other views still work; reloading may help.'}
      </p>
      <button type="button" className="button-secondary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
