export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__title">Charnwood Community Safety Partnership</p>
        <p className="site-header__subtitle">Crime and anti-social behaviour figures, as the partnership published them</p>
      </div>
    </header>
  );
}
