import type { PageRoutes } from '../../routing/page.ts';
import { match } from '../../routing/router.tsx';
import { InspectionRecord } from './inspection-record.tsx';
import { InspectionsOverview } from './inspections-overview.tsx';
import { CorrectInspection, RecordInspection } from './record-inspection.tsx';

/** The inspection pages: the overview, recording a new inspection or visit, one record, and correcting it. */
export const inspectionPages: PageRoutes = (path, search) => {
  if (path === '/inspections') return { title: 'Inspections', body: <InspectionsOverview /> };
  if (path === '/inspections/new') return { title: 'Record an inspection or visit', body: <RecordInspection /> };
  const edit = match('/inspections/:id/edit', path);
  if (edit) return { title: 'Correct an inspection or visit', body: <CorrectInspection key={edit.id} id={edit.id!} /> };
  const one = match('/inspections/:id', path);
  if (one) return { title: 'Inspection or visit', body: <InspectionRecord key={`${one.id}|${search.get('saved') ?? ''}`} id={one.id!} saved={search.get('saved')} /> };
  return null;
};
