import { useEffect, useMemo, useRef, useState } from 'react';
import type { SnapshotEntry } from '../../data/schema';
import type { ComparedSnapshot } from '../../features/changes/changes-view';
import type { SnapshotFiles } from '../snapshot-files';
import { DocumentModeContext } from '../../components/layout/document-mode';
import { Endnotes, EndnotesProvider } from '../../components/endnotes/endnotes';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareasOf } from '../../data/partnership-areas';
import { capitalise } from '../../lib/words';
import { PackContents, PackCover } from './pack-cover';
import { BeatsSection, FamilySection, OverviewSection, YouthSection } from './pack-figures';
import { ActionsSection, NotesSection, RecommendationsSection } from './pack-records';
import { NewSinceSection } from './pack-new-since';
import { PackSection } from './pack-section';
import { packSections, type PackSection as Section, type PackSectionId } from './pack-selectors';
import { usePageName } from './page-style';
import { preloadLineChart } from '../../components/charts/line-chart';
import './pack.css';

// Every chart of the pack is drawn at once: its code starts loading with the pack's, while the data load, not after them.
void preloadLineChart().catch(() => undefined);

export interface PackViewProps {
  snapshot: SnapshotEntry;
  /** The snapshot as the link asked for it ('' for the newest), so links from the pack keep its pin. */
  snapshotParam: string;
  current: SnapshotFiles;
  /** The snapshot and comparison "new since the last pack" is worked from; null for the first snapshot. */
  earlier: { earlier: ComparedSnapshot; later: ComparedSnapshot } | null;
}

/**
 * True once every chart in the pack has drawn: the pack is then ready to
 * print (`data-pack-ready`), which tests and the benchmark wait for.
 */
function useChartsDrawn(root: React.RefObject<HTMLElement | null>): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let frame = 0;
    const check = () => {
      const charts = [...element.querySelectorAll('.line-chart')];
      if (charts.every((c) => c.querySelector('svg.recharts-surface'))) {
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
  }, [root]);
  return drawn;
}

/** The meeting pack: a cover, contents and every section, made for A4 paper; sources as numbered endnotes. */
export function PackView({ snapshot, snapshotParam, current, earlier }: PackViewProps) {
  const partnership = usePartnership();
  usePageName(partnership.partnership.name);
  const sections = useMemo(
    () => packSections({ subareasTitle: capitalise(subareasOf(partnership).plural), hasEarlier: earlier !== null }),
    [partnership, earlier],
  );
  const root = useRef<HTMLElement>(null);
  const ready = useChartsDrawn(root);
  const { files, notes } = current;
  const link = snapshotParam;

  const body = (s: Section) => {
    const content: Record<PackSectionId, () => React.ReactNode> = {
      overview: () => (
        <OverviewSection
          cspCrime={files['csp-crime']}
          familyGroup={files['family-group']}
          asb={files.asb}
          actions={files.actions}
          snapshot={link}
        />
      ),
      beats: () => <BeatsSection beatCrime={files['beat-crime']} snapshot={link} />,
      'family-group': () => <FamilySection familyGroup={files['family-group']} snapshot={link} />,
      'youth-asb': () => <YouthSection asb={files.asb} cspCrime={files['csp-crime']} snapshot={link} />,
      actions: () => <ActionsSection actions={files.actions} />,
      recommendations: () => <RecommendationsSection actions={files.actions} />,
      notes: () => <NotesSection notes={notes} />,
      'new-since': () => (earlier ? <NewSinceSection earlier={earlier.earlier} later={earlier.later} /> : null),
      sources: () => null,
    };
    return content[s.id]();
  };

  return (
    <DocumentModeContext.Provider value={true}>
      <EndnotesProvider shown={true}>
        <article className="pack" ref={root} data-pack-ready={ready ? 'true' : undefined} aria-label="Meeting pack">
          <PackCover snapshot={snapshot} sections={sections} />
          <PackContents sections={sections} />
          {sections.map((s) =>
            s.id === 'sources' ? (
              <div key={s.id} className="pack-section" id="pack-sources">
                <Endnotes id="pack-sources-title" title={s.heading} />
              </div>
            ) : (
              <PackSection key={s.id} section={s}>
                {body(s)}
              </PackSection>
            ),
          )}
        </article>
      </EndnotesProvider>
    </DocumentModeContext.Provider>
  );
}
