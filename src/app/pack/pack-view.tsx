import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SnapshotEntry } from '../../data/schema';
import type { ComparedSnapshot } from '../../features/changes/changes-view';
import type { SnapshotFiles } from '../snapshot-files';
import { DocumentModeContext } from '../../components/layout/document-mode';
import { Endnotes, EndnotesProvider } from '../../components/endnotes/endnotes';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareasOf } from '../../data/partnership-areas';
import { capitalise } from '../../lib/words';
import { PackContents, PackCover } from './pack-cover';
import { PackSection } from './pack-section';
import { packSections } from './pack-selectors';
import { usePageName } from './page-style';
import { useDrawnSections } from './pack-steps';
import { PackBody } from './pack-body';
import { preloadLineChart } from '../../components/charts/line-chart';
import { PackIncomplete, printedState, type PrintedState } from './pack-incomplete';
import './pack.css';

const newSinceIndex = (sections: readonly { id: string }[]) => sections.findIndex((s) => s.id === 'new-since');

export interface PackViewProps {
  snapshot: SnapshotEntry;
  /** The snapshot as the link asked for it ('' for the newest), so links from the pack keep its pin. */
  snapshotParam: string;
  /** The snapshot's files; null while they load. */
  current: SnapshotFiles | null;
  /** Whether there is a snapshot before this one, so a section "new since the last pack". */
  hasEarlier: boolean;
  /** The snapshot and comparison "new since the last pack" is worked from; null for the first snapshot and while it loads. */
  earlier: { earlier: ComparedSnapshot; later: ComparedSnapshot } | null;
  /** Called once the cover and contents have painted, when the files may start loading. */
  onPainted: () => void;
}

/**
 * Once the first frame with the cover is on screen (the frame after it has
 * begun), the rest starts loading: the charting code (every chart of the
 * pack is drawn, so it is wanted with the data, not after) and, through
 * `onPainted`, the files. Before that they would share a phone's bandwidth
 * and main thread with the cover and hold it back.
 */
function useAfterPaint(onPainted: () => void): void {
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        onPainted();
        void preloadLineChart().catch(() => undefined);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [onPainted]);
}

/**
 * True once every chart in the pack has drawn, looked for only once every
 * section is in the page (`complete`) and no section has pieces still to draw: the pack is then ready to print
 * (`data-pack-ready`), which tests and the benchmark wait for.
 */
function useChartsDrawn(root: React.RefObject<HTMLElement | null>, complete: boolean): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = root.current;
    if (!element || !complete) return;
    let frame = 0;
    const check = () => {
      const charts = [...element.querySelectorAll('.line-chart')];
      if (element.querySelector('.pack-pending') === null && charts.every((c) => c.querySelector('svg.recharts-surface'))) {
        observer.disconnect();
        // One frame more, so the endnotes the last chart's figures register are numbered and drawn.
        frame = requestAnimationFrame(() => setDrawn(true));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true });
    check();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, complete]);
  return drawn && complete;
}

/**
 * The meeting pack: a cover, contents and every section, made for A4 paper;
 * sources as numbered endnotes. The cover and contents come first (in the
 * prerendered HTML too); then each section is drawn in a step of its own
 * while the browser is idle (pack-steps.ts), so no one long task holds the
 * page up.
 */
export function PackView({ snapshot, snapshotParam, current, hasEarlier, earlier, onPainted }: PackViewProps) {
  const partnership = usePartnership();
  usePageName(partnership.partnership.name);
  const sections = useMemo(
    () => packSections({ subareasTitle: capitalise(subareasOf(partnership).plural), hasEarlier }),
    [partnership, hasEarlier],
  );
  const root = useRef<HTMLElement>(null);
  useAfterPaint(onPainted);
  // A section can be drawn once the snapshot's files are here. "New since" waits for the snapshot before too, but
  // the sections after it (the sources) do not wait for it: it is filled in where it stands when that arrives.
  const drawable = useCallback((): boolean => current !== null, [current]);
  const waiting = hasEarlier && earlier === null;
  const end = useRef<HTMLParagraphElement>(null);
  const ids = useMemo(() => sections.map((s) => `pack-${s.id}`), [sections]);
  const [printed, setPrinted] = useState<PrintedState | null>(null);
  const onPrint = useCallback(() => {
    const pack = root.current;
    if (pack) flushSync(() => setPrinted(printedState(pack)));
  }, []);
  const { drawn, drawThrough } = useDrawnSections(ids, drawable, end, onPrint);
  const drawnWhole = Math.min(drawn, sections.length) - (waiting && drawn > newSinceIndex(sections) ? 1 : 0);
  const complete = drawn >= sections.length && !waiting;
  const ready = useChartsDrawn(root, complete);

  return (
    <DocumentModeContext.Provider value={true}>
      <EndnotesProvider shown={true}>
        <article className="pack" ref={root} data-pack-ready={ready ? 'true' : undefined} aria-label="Meeting pack">
          {ready ? null : (
            <PackIncomplete drawn={printed?.drawn ?? drawnWhole} total={sections.length} chartsMissing={printed?.chartsMissing ?? 0} />
          )}
          <PackCover snapshot={snapshot} sections={sections} />
          <PackContents sections={sections} onFollow={drawThrough} />
          {sections.slice(0, drawn).map((s) =>
            s.id === 'sources' ? (
              <div key={s.id} className="pack-section" id="pack-sources">
                <Endnotes id="pack-sources-title" title={s.heading} />
              </div>
            ) : current ? (
              <PackSection key={s.id} section={s}>
                <PackBody id={s.id} current={current} earlier={earlier} link={snapshotParam} />
              </PackSection>
            ) : null,
          )}
          {/* After the last section drawn: as it comes near the screen of a phone, the next section is drawn. */}
          <p role="status" className="pack-status" ref={end}>
            {ready ? (
              'Every section is drawn: the pack is ready to print.'
            ) : (
              // On a phone the next section waits for the reader (pack-steps.ts), so "assembling" would be untrue
              // there; CSS shows the one that fits, as the phone layout is chosen in CSS, not after the takeover.
              <>
                <span className="pack-status__wide">Assembling the meeting pack…</span>
                <span className="pack-status__narrow">More sections are drawn as you scroll down; printing draws them all.</span>
              </>
            )}
          </p>
        </article>
      </EndnotesProvider>
    </DocumentModeContext.Provider>
  );
}
