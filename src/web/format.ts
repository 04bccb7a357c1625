/** How the pages write numbers, dates and datasets: British style, one way everywhere. */
export const count = (n: number) => n.toLocaleString('en-GB');

export const dateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export const date = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const DATASET_NAMES: Readonly<Record<string, string>> = { cin: 'CIN census', ssda903: 'SSDA903 (children looked after)', 'annex-a': 'Ofsted Annex A' };
