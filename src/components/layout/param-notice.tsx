/** Says which parts of a link were ignored, rather than failing or silently dropping them. */
export function ParamNotice({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>Part of this link could not be used:</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
