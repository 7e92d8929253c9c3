export interface ChosenFilter {
  /** What the filter is, in a reader's words: "section", "RAG rating". */
  name: string;
  /** The choice as its control labels it, from the data; undefined or empty when none is in force (or the URL names nothing the data has). */
  value: string | undefined;
}

/**
 * Paper has no filter controls, so a filtered view prints what it shows:
 * "Showing: section Youth-related ASB records; period 2023/24." Print only:
 * on screen the controls say it. Nothing is printed when no filter is in force.
 */
export function PrintedFilters({ filters, count }: { filters: readonly ChosenFilter[]; count?: string }) {
  const chosen = filters.flatMap((f) => (f.value ? [`${f.name} ${f.value}`] : []));
  if (chosen.length === 0) return null;
  return <p className="print-only printed-filters">Showing: {[...chosen, ...(count ? [count] : [])].join('; ')}.</p>;
}
