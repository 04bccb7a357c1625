import type { PageRoutes } from '../../routing/page.ts';
import { match } from '../../routing/router.tsx';
import { ActionPage } from './action-page.tsx';
import { ImprovementBoard } from './board.tsx';
import { EditAction } from './edit-action.tsx';
import { NewAction } from './new-action.tsx';
import { WeeklyReportPage } from './weekly-report.tsx';

/** The improvement plan: the board, adding an action (from a finding or an audit theme), one action, changing it, the weekly report. */
export const improvementPlanPages: PageRoutes = (path, search) => {
  if (path === '/improvement-plan') return { title: 'Improvement plan', body: <ImprovementBoard key={search.toString()} /> };
  if (path === '/improvement-plan/report') return { title: 'Improvement plan: weekly report', body: <WeeklyReportPage /> };
  if (path === '/improvement-plan/actions/new') {
    const finding = search.get('finding');
    const theme = search.get('theme');
    return { title: 'Add an action to the improvement plan', body: <NewAction key={`${finding}|${theme}`} findingId={finding} theme={theme} /> };
  }
  const edit = match('/improvement-plan/actions/:id/edit', path);
  if (edit) return { title: 'Change an action', body: <EditAction key={edit.id} id={edit.id!} /> };
  const one = match('/improvement-plan/actions/:id', path);
  if (one) return { title: `Improvement plan action ${one.id}`, body: <ActionPage key={`${one.id}|${search.get('saved') ?? ''}`} id={one.id!} saved={search.get('saved')} /> };
  return null;
};
