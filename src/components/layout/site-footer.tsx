export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every figure is transcribed from a published council document and cites its source. Figures the documents only showed as images are
        marked &ldquo;not published&rdquo;, never estimated.
      </p>
    </footer>
  );
}
