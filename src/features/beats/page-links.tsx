import { memo, useMemo } from 'react';
import { useDocumentMode } from '../../components/layout/document-mode';
import { useCurrentHrefs, useStepLinks } from './step-links';

interface Area {
  code: string;
  label: string;
}

interface Props {
  areas: readonly Area[];
  /** The link to an area's page; null before the background render has reached the list. */
  linkTo: ((beat: string) => string) | null;
  /** The same with the filters now in force, where `linkTo` follows them a moment later (a background render). */
  linkNow?: (beat: string) => string;
}

/** Links per step: 150 areas' links (each carrying the view's filters) in one render held the page up on a filter change. */
const LINKS_PER_STEP = 50;

/** A link to every area's page, drawn and re-linked a step at a time at force scale (a few areas are one step). */
export function PageLinks({ areas, linkTo, linkNow }: Props) {
  const steps = useMemo(() => {
    const out: Area[][] = [];
    for (let i = 0; i < areas.length; i += LINKS_PER_STEP) out.push(areas.slice(i, i + LINKS_PER_STEP));
    return out;
  }, [areas]);
  const stepped = useStepLinks(linkTo, steps.length);
  // A document for paper (the meeting pack) has no later: every link is in it at once.
  const documentMode = useDocumentMode();
  // A step not yet re-linked after a filter change still carries the filters before it: a link is given the current ones as it is used.
  const current = useCurrentHrefs((a) => {
    const beat = a.dataset.beat;
    const now = linkNow ?? linkTo;
    return beat === undefined || now === null ? null : now(beat);
  });
  return (
    <ul className="link-grid" {...current}>
      {steps.map((step, i) => {
        const links = documentMode ? linkTo : stepped[i];
        return links ? <LinkStep key={step[0]?.code} areas={step} linkTo={links} /> : null;
      })}
    </ul>
  );
}

/** One step's links: memoised, so the steps already drawn are not drawn again as the next arrives. */
const LinkStep = memo(function LinkStep({ areas, linkTo }: { areas: readonly Area[]; linkTo: (beat: string) => string }) {
  return areas.map((a) => (
    <li key={a.code}>
      <a href={linkTo(a.code)} data-beat={a.code}>
        {a.label}
      </a>
    </li>
  ));
});
