import { useFocusWhenShown } from './embedded';

interface Props {
  title: string;
  errors: string[];
  /** Loads what failed again; where given, a "Try again" button offers it, so a passing fault needs no page reload. */
  onRetry?: () => void;
}

/**
 * GOV.UK-style error summary: focused when it appears so screen-reader and
 * keyboard users learn at once that something failed, and what. Embedded, it
 * is announced (role="alert") but never focused: focus would scroll the host page.
 */
export function ErrorSummary({ title, errors, onRetry }: Props) {
  const ref = useFocusWhenShown<HTMLDivElement>();
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
