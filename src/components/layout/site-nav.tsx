interface Props<V extends string> {
  views: readonly V[];
  titles: Record<V, string>;
  current: V;
  linkTo: (view: V) => string;
}

/** Real links, so every view opens in a new tab and works without scripts for the URL. */
export function SiteNav<V extends string>({ views, titles, current, linkTo }: Props<V>) {
  return (
    <nav className="site-nav" aria-label="Dashboard sections">
      <ul>
        {views.map((v) => (
          <li key={v}>
            <a href={linkTo(v)} aria-current={v === current ? 'page' : undefined}>
              {titles[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
