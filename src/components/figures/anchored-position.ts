const GAP = 4;
const MARGIN = 8;

function place(anchor: HTMLElement, panel: HTMLElement): void {
  const a = anchor.getBoundingClientRect();
  const size = panel.getBoundingClientRect();
  const below = a.bottom + GAP;
  const above = a.top - GAP - size.height;
  const top = below + size.height <= window.innerHeight - MARGIN || above < MARGIN ? below : above;
  const left = Math.max(MARGIN, Math.min(a.left, window.innerWidth - size.width - MARGIN));
  panel.style.top = `${top.toString()}px`;
  panel.style.left = `${left.toString()}px`;
}

/**
 * Keeps a fixed-position panel beside its anchor: below it if it fits, else
 * above, and never off the sides of the window. Fixed, so opening it moves
 * nothing else on the page and no scrolling table box clips it; it follows
 * its anchor as the page scrolls. Returns the function that stops following.
 */
export function followAnchor(anchor: HTMLElement, panel: HTMLElement): () => void {
  const update = () => place(anchor, panel);
  update();
  window.addEventListener('scroll', update, true);
  window.addEventListener('resize', update);
  return () => {
    window.removeEventListener('scroll', update, true);
    window.removeEventListener('resize', update);
  };
}
