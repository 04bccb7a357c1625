import { useEffect, useState } from 'react';
import type { SessionView } from '../access/views.ts';
import { api, setCsrfToken } from './api/client.ts';
import { Layout } from './components/layout.tsx';
import { Acknowledge } from './pages/acknowledge.tsx';
import { AuditLog } from './pages/audit-log.tsx';
import { CheckReturn } from './pages/check-return.tsx';
import { ChildSearch } from './pages/child-search.tsx';
import { ChildChronology } from './pages/chronology.tsx';
import { Dashboard } from './pages/dashboard.tsx';
import { DataQuality } from './pages/data-quality.tsx';
import { Home } from './pages/home.tsx';
import { IndicatorChildren } from './pages/indicator-children.tsx';
import { IndicatorPage } from './pages/indicator.tsx';
import { SignIn } from './pages/sign-in.tsx';
import { Upload } from './pages/upload.tsx';
import { Worklist } from './pages/worklist.tsx';
import { caseAuditPages } from './pages/case-audits/routes.tsx';
import { caseloadPages } from './pages/caseloads/routes.tsx';
import { forecastPages } from './pages/forecast/routes.tsx';
import { improvementPlanPages } from './pages/improvement-plan/routes.tsx';
import { inspectionPages } from './pages/inspections/routes.tsx';
import { annexAPages } from './pages/annex-a/routes.tsx';
import { settingsPages } from './pages/settings/routes.tsx';
import type { Page, PageRoutes } from './routing/page.ts';
import { match, Router, useLocation, useNavigate } from './routing/router.tsx';
import { SessionContext, useSession } from './session.tsx';

/** Pages by path. "Check a return" is public (it runs in the browser); every other page needs a session. */
export function App() {
  const [session, setSession] = useState<SessionView | null>(null);
  const [known, setKnown] = useState(false);
  useEffect(() => {
    api<SessionView>('/session').then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setSession(s);
        setKnown(true);
      },
      () => setKnown(true),
    );
  }, []);
  return (
    <SessionContext.Provider value={{ session, setSession }}>
      <Router>{known ? <Pages /> : null}</Router>
    </SessionContext.Provider>
  );
}

function Pages() {
  const { path, search } = useLocation();
  const page = route(path, search);
  const { session } = useSessionGuard(page.public);
  if (!page.public && !session) return null;
  return <Layout title={page.title}>{page.body}</Layout>;
}

/** The recovery work's pages, each domain's in its own folder. */
const DOMAIN_PAGES: readonly PageRoutes[] = [inspectionPages, improvementPlanPages, caseAuditPages, caseloadPages, forecastPages, annexAPages, settingsPages];

function route(path: string, search: URLSearchParams): Page {
  if (path === '/check') return { title: 'Check a return', body: <CheckReturn />, public: true };
  if (path === '/sign-in') return { title: 'Sign in to Sightline', body: <SignIn />, public: true };
  if (path === '/') return { title: "Your council's data", body: <Home /> };
  if (path === '/upload') return { title: 'Upload a return', body: <Upload /> };
  if (path === '/data-quality') return { title: 'Data quality', body: <DataQuality /> };
  if (path === '/children') return { title: 'Find a child', body: <ChildSearch /> };
  if (path === '/audit') return { title: 'Audit log', body: <AuditLog /> };
  if (path === '/indicators') return { title: 'Indicators', body: <Dashboard /> };
  if (path === '/worklist') return { title: 'Worklist', body: <Worklist /> };
  if (path === '/worklist/acknowledge') return { title: 'Acknowledge a worklist item', body: <Acknowledge itemId={search.get('item') ?? ''} /> };
  const children = match('/indicators/:id/children', path);
  if (children) {
    const period = search.get('period') ?? 'headline';
    return { title: 'Children behind the figure', body: <IndicatorChildren key={`${children.id}|${period}`} id={children.id!} period={period} /> };
  }
  const indicator = match('/indicators/:id', path);
  if (indicator) return { title: 'Indicator', body: <IndicatorPage key={indicator.id} id={indicator.id!} /> };
  const child = match('/children/:id', path);
  if (child) return { title: `Chronology of child ${child.id}`, body: <ChildChronology key={child.id} childId={child.id!} /> };
  for (const pages of DOMAIN_PAGES) {
    const page = pages(path, search);
    if (page) return page;
  }
  return { title: 'Page not found', body: <p className="govuk-body">There is no page at this address.</p>, public: true };
}

/** Sends a visitor with no session to the sign-in page. */
function useSessionGuard(isPublic: boolean | undefined) {
  const session = useSession();
  const navigate = useNavigate();
  useEffect(() => {
    if (!isPublic && !session.session) navigate('/sign-in');
  }, [isPublic, session.session, navigate]);
  return session;
}
