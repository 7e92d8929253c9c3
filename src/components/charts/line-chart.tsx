import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import type { LineChartProps } from './recharts-line-chart';
import { useDocumentMode } from '../layout/document-mode';

export type { ChartPoint, LineChartProps } from './recharts-line-chart';

// recharts is most of a chart view's script: it loads only once a chart is about to be seen, so text and tables paint first.
const loadChart = () => import('./recharts-line-chart');
const RechartsLineChart = lazy(() => loadChart().then((m) => ({ default: m.RechartsLineChart })));

/** Starts loading the charting code now, for a page that draws every chart at once (the meeting pack). */
export function preloadLineChart(): Promise<unknown> {
  return loadChart();
}

/**
 * A line chart that draws once it comes near the screen. Until then (and in
 * prerendered HTML) it keeps the chart's exact space, so nothing moves when
 * it appears; its figures are in the chart's summary and table all along.
 */
export function LineChart(props: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  // A document for paper draws every chart at once: a printed page has no scrolling to wait for.
  const documentMode = useDocumentMode();
  const near = useNearScreen(box) || documentMode;
  return (
    <div ref={box} className="line-chart">
      {near ? (
        <Suspense fallback={null}>
          <RechartsLineChart {...props} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** False until the element is within a screen's height of the viewport (at once where IntersectionObserver is missing). */
function useNearScreen(element: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    // A transition, so drawing the chart yields to the reader's input.
    const show = () => startTransition(() => setNear(true));
    if (!target || typeof IntersectionObserver === 'undefined') {
      show();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          show();
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return near;
}
