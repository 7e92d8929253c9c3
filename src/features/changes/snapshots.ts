/** The snapshot published just before `id` (ids are year and month, so they sort by date), or '' when `id` is the first. */
export function snapshotBefore(snapshots: readonly { id: string }[], id: string): string {
  return (
    snapshots
      .map((s) => s.id)
      .filter((s) => s < id)
      .sort()
      .at(-1) ?? ''
  );
}
