import type { ReactNode } from 'react';

/** What a path shows: the page's title (also the document title) and its body. */
export interface Page {
  readonly title: string;
  readonly body: ReactNode;
  /** Reachable without signing in. */
  readonly public?: boolean;
}

/** A domain's pages: the page for a path, or null when the path is not one of them. */
export type PageRoutes = (path: string, search: URLSearchParams) => Page | null;
