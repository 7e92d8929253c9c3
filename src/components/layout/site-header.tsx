import type { Partnership } from '../../data/partnership';

interface Props {
  /** Null while the profile loads or if it failed: the header then names the dashboard generically. */
  partnership: Partnership | null;
}

/**
 * Says a made-up partnership's figures are not real. Every header shows it,
 * the embedded one too, because an embed is seen without the site around it.
 */
export function SyntheticNotice({ partnership }: Props) {
  if (!partnership?.partnership.synthetic) return null;
  return (
    <p className="synthetic-notice">
      <strong>Synthetic data:</strong> a made-up partnership for testing. None of these figures is real.
    </p>
  );
}

export function SiteHeader({ partnership }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__title">{partnership?.partnership.name ?? 'Community Safety Partnership dashboard'}</p>
        {partnership ? <p className="site-header__subtitle">{partnership.partnership.tagline}</p> : null}
        <SyntheticNotice partnership={partnership} />
      </div>
    </header>
  );
}
