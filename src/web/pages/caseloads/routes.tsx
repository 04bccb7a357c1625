import type { PageRoutes } from '../../routing/page.ts';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by its domain's work
export const caseloadPages: PageRoutes = (path, search) => null;
