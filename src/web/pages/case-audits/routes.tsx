import type { PageRoutes } from '../../routing/page.ts';
import { match } from '../../routing/router.tsx';
import { CaseAuditPage } from './audit-page.tsx';
import { CaseAuditsDashboard } from './dashboard.tsx';
import { DrawSample } from './draw-sample.tsx';
import { NewTemplate } from './new-template.tsx';

/** The case-audit pages: the dashboard, drawing a sample, adding a template, and one audit. */
export const caseAuditPages: PageRoutes = (path, search) => {
  if (path === '/case-audits') {
    const interval = search.get('interval') === 'month' ? 'month' : 'quarter';
    return { title: 'Case audits', body: <CaseAuditsDashboard key={interval} interval={interval} drawn={search.get('drawn')} /> };
  }
  if (path === '/case-audits/samples/new') return { title: 'Draw a sample to audit', body: <DrawSample template={search.get('template')} /> };
  if (path === '/case-audits/templates/new') return { title: 'Add an audit template', body: <NewTemplate /> };
  const audit = match('/case-audits/:id', path);
  if (audit && /^[1-9]\d{0,15}$/.test(audit.id!)) return { title: 'Case audit', body: <CaseAuditPage key={audit.id} id={Number(audit.id)} /> };
  return null;
};
