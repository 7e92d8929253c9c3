import type { Partnership } from '../../data/partnership';

interface Props {
  /** Null while the profile loads or if it failed: the header then names the dashboard generically. */
  partnership: Partnership | null;
}

export function SiteHeader({ partnership }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__title">{partnership?.partnership.name ?? 'Community Safety Partnership dashboard'}</p>
        {partnership ? <p className="site-header__subtitle">{partnership.partnership.tagline}</p> : null}
        {partnership?.partnership.synthetic ? (
          <p className="site-header__synthetic">
            <strong>Synthetic data:</strong> a made-up partnership for testing. None of these figures is real.
          </p>
        ) : null}
      </div>
    </header>
  );
}
