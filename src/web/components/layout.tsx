import type { ReactNode } from 'react';

/** The GOV.UK page template: skip link, header, phase banner, main, footer. */
export function Layout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      {/* Sightline is a council's service, not a GOV.UK one: the header carries its name, never the crown. */}
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <a href="/" className="govuk-header__homepage-link">
              <span className="govuk-header__product-name">Sightline</span>
            </a>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                <li className="govuk-service-navigation__item govuk-service-navigation__item--active">
                  <a className="govuk-service-navigation__link" href="/" aria-current="page">
                    Check a return
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span className="govuk-phase-banner__text">Synthetic data only in this build: never load real children's data into a demo.</span>
          </p>
        </div>
        <main className="govuk-main-wrapper" id="main-content" role="main">
          <h1 className="govuk-heading-l">{title}</h1>
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
