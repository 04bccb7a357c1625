import type { Judgement, PublishedInspection } from './model.ts';
import type { RecordedInspection } from './recorded.ts';

/** Hand-made inspections for the tests: a published one of a council from its start date, and a council's own record. */
export const published = (la: string, start: string, overall: Judgement['grade'] | null, extra: Partial<PublishedInspection> = {}): PublishedInspection => ({
  la, framework: start < '2018-01-01' ? 'SIF' : 'ILACS', start, end: start.replace(/-(\d\d)$/, '-28'), published: `${Number(start.slice(0, 4)) + 1}-01-15`,
  judgements: overall ? [{ type: 'overall-effectiveness', grade: overall }] : [], careLeaversCombined: false, verified: true,
  sourceRef: 'export_data/inspection_reports/1_x/report.pdf', ...extra,
});

export const recorded = (id: number, kind: RecordedInspection['kind'], start: string, end: string, extra: Partial<RecordedInspection> = {}): RecordedInspection => ({
  id, la: '806', kind, start, end, published: null, focus: null, reportUrl: null, judgements: [], findings: [],
  recordedBy: 'manager', recordedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'manager', updatedAt: '2026-01-01T00:00:00.000Z', revision: 1, ...extra,
});
