/**
 * The body of one numbered section of the pack, drawn with each feature's
 * own selectors and components.
 */
import type { ComparedSnapshot } from '../../features/changes/changes-view';
import type { SnapshotFiles } from '../snapshot-files';
import { BeatsSection, FamilySection, OverviewSection, YouthSection } from './pack-figures';
import { ActionsSection, NotesSection, RecommendationsSection } from './pack-records';
import { NewSinceSection } from './pack-new-since';
import type { PackSectionId } from './pack-selectors';

export interface PackBodyProps {
  id: Exclude<PackSectionId, 'sources'>;
  current: SnapshotFiles;
  earlier: { earlier: ComparedSnapshot; later: ComparedSnapshot } | null;
  /** The snapshot as the link asked for it ('' for the newest), so links from the pack keep its pin. */
  link: string;
}

export function PackBody({ id, current, earlier, link }: PackBodyProps) {
  const { files, notes } = current;
  switch (id) {
    case 'overview':
      return (
        <OverviewSection
          cspCrime={files['csp-crime']}
          familyGroup={files['family-group']}
          asb={files.asb}
          actions={files.actions}
          snapshot={link}
        />
      );
    case 'beats':
      return <BeatsSection beatCrime={files['beat-crime']} snapshot={link} />;
    case 'family-group':
      return <FamilySection familyGroup={files['family-group']} snapshot={link} />;
    case 'youth-asb':
      return <YouthSection asb={files.asb} cspCrime={files['csp-crime']} snapshot={link} />;
    case 'actions':
      return <ActionsSection actions={files.actions} />;
    case 'recommendations':
      return <RecommendationsSection actions={files.actions} />;
    case 'notes':
      return <NotesSection notes={notes} />;
    case 'new-since':
      // Marked, so a printout made before it arrives says it is incomplete (pack-incomplete.tsx).
      return earlier ? (
        <NewSinceSection earlier={earlier.earlier} later={earlier.later} />
      ) : (
        <p className="pack-waiting">Loading the snapshot before this one…</p>
      );
  }
}
