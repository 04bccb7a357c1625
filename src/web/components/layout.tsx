import { useEffect, useRef, type ReactNode } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import { Link, useLocation, useNavigate } from '../routing/router.tsx';
import { allows, useSession } from '../session.tsx';
import { ROLE_NAMES } from '../../access/permissions.ts';

/** The GOV.UK page template: skip link, header, service navigation, phase banner, main, footer. */
export function Layout({ title, children }: { title: string; children: ReactNode }) {
  const { session, setSession } = useSession();
  const { path } = useLocation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Sightline`;
  }, [title]);
  // After a client-side page change, start the screen reader (and the keyboard) at the new page's heading.
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) heading.current?.focus();
  }, [path]);

  const items: { to: string; label: string; show: boolean }[] = [
    { to: '/', label: 'Home', show: session !== null },
    { to: '/upload', label: 'Upload a return', show: allows(session, 'upload-return') },
    { to: '/indicators', label: 'Indicators', show: allows(session, 'view-indicators') },
    { to: '/worklist', label: 'Worklist', show: allows(session, 'view-worklist') },
    { to: '/data-quality', label: 'Data quality', show: allows(session, 'view-data-quality') },
    { to: '/children', label: 'Children', show: allows(session, 'search-children') },
    { to: '/inspections', label: 'Inspections', show: allows(session, 'view-inspections') },
    { to: '/improvement-plan', label: 'Improvement plan', show: allows(session, 'view-improvement-plan') },
    { to: '/case-audits', label: 'Case audits', show: allows(session, 'view-case-audit-results') },
    { to: '/caseloads', label: 'Caseloads', show: allows(session, 'view-caseloads') },
    { to: '/forecast', label: 'Forecast', show: allows(session, 'view-forecast') },
    { to: '/annex-a', label: 'Annex A', show: allows(session, 'produce-annex-a') },
    { to: '/settings', label: 'Settings', show: allows(session, 'manage-council-settings') },
    { to: '/audit', label: 'Audit log', show: allows(session, 'view-audit-log') },
    { to: '/check', label: 'Check a return', show: true },
  ];
  const active = (to: string) => (to === '/' ? path === '/' : path.startsWith(to));

  const signOut = async () => {
    await api('/session', { method: 'DELETE' }).catch(() => undefined);
    setCsrfToken('');
    setSession(null);
    navigate('/sign-in');
  };

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      {/* Sightline is a council's service, not a GOV.UK one: the header carries its name, never the crown. */}
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__homepage-link">
              <span className="govuk-header__product-name">Sightline</span>
            </Link>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                {items
                  .filter((i) => i.show)
                  .map((i) => (
                    <li key={i.to} className={`govuk-service-navigation__item${active(i.to) ? ' govuk-service-navigation__item--active' : ''}`}>
                      <Link className="govuk-service-navigation__link" to={i.to} {...(active(i.to) ? { 'aria-current': 'page' as const } : {})}>
                        {i.label}
                      </Link>
                    </li>
                  ))}
                {session ? (
                  <li className="govuk-service-navigation__item">
                    <button type="button" className="govuk-service-navigation__link app-link-button" onClick={() => void signOut()}>
                      Sign out
                    </button>
                  </li>
                ) : (
                  <li className={`govuk-service-navigation__item${active('/sign-in') ? ' govuk-service-navigation__item--active' : ''}`}>
                    <Link className="govuk-service-navigation__link" to="/sign-in">
                      Sign in
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span className="govuk-phase-banner__text">
              Synthetic data only in this build: never load real children's data into a demo.
              {session && (
                <>
                  {' '}
                  Signed in as {session.user.username} ({ROLE_NAMES[session.user.role]}
                  {session.user.team ? `, ${session.user.team}` : ''}).
                </>
              )}
            </span>
          </p>
        </div>
        <main className="govuk-main-wrapper" id="main-content" role="main">
          <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {children}
        </main>
      </div>
      <footer className="govuk-footer" role="contentinfo">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <span className="govuk-footer__licence-description">Sightline: children's social care data for English councils.</span>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
