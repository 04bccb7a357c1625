import type { PageRoutes } from '../../routing/page.ts';
import { Settings } from './settings.tsx';

/** The council's own settings (its 0–17 population). */
export const settingsPages: PageRoutes = (path) => (path === '/settings' ? { title: 'Council settings', body: <Settings /> } : null);
