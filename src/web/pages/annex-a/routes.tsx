import type { PageRoutes } from '../../routing/page.ts';
import { AnnexA } from './annex-a.tsx';

/** Ofsted's Annex A: produce it for a date, and compare the council's own with its returns. */
export const annexAPages: PageRoutes = (path) => (path === '/annex-a' ? { title: 'Ofsted Annex A', body: <AnnexA /> } : null);
