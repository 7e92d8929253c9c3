export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every figure comes from a published council document or an analyst&rsquo;s extract, and cites its source. Figures the documents only
        showed as images are marked &ldquo;not published&rdquo;, never estimated.
      </p>
    </footer>
  );
}
