import { useEffect, useRef } from 'react';

interface Props {
  title: string;
  errors: string[];
}

/**
 * GOV.UK-style error summary: focused when it appears so screen-reader and
 * keyboard users learn at once that something failed, and what.
 */
export function ErrorSummary({ title, errors }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
