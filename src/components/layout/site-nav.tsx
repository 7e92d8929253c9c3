import { useEffect, useRef } from 'react';

interface Props<V extends string> {
  views: readonly V[];
  titles: Record<V, string>;
  current: V;
  linkTo: (view: V) => string;
}

/** Real links, so every view opens in a new tab and works without scripts for the URL. */
export function SiteNav<V extends string>({ views, titles, current, linkTo }: Props<V>) {
  const list = useRef<HTMLUListElement>(null);
  // On a phone the links are one strip that scrolls sideways (global.css): the current view is scrolled into sight.
  useEffect(() => {
    const ul = list.current;
    const link = ul?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!ul || !link || ul.scrollWidth <= ul.clientWidth) return;
    const right = link.offsetLeft + link.offsetWidth - ul.offsetLeft;
    if (right > ul.scrollLeft + ul.clientWidth) ul.scrollLeft = right - ul.clientWidth + 32;
  }, [current]);
  return (
    <nav className="site-nav" aria-label="Dashboard sections">
      <ul ref={list}>
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
