import type { PageRoutes } from '../../routing/page.ts';
import { Caseloads } from './caseloads-page.tsx';

/** The caseloads page, on the date asked for (`?on=`) or the latest the returns reach. */
export const caseloadPages: PageRoutes = (path, search) => {
  if (path !== '/caseloads') return null;
  const on = search.get('on');
  return { title: 'Caseloads', body: <Caseloads key={on ?? ''} on={on} /> };
};
