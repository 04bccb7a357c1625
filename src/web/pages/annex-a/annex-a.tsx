import { useState } from 'react';
import type { AnnexAJobView, AnnexAOverviewView } from '../../../access/annex-a-views.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading } from '../../components/govuk.tsx';
import { ProduceForm } from './produce-form.tsx';
import { Production } from './production.tsx';
import { StoredAnnexA } from './stored-annex-a.tsx';

/**
 * Ofsted's Annex A: produced from the store for a date, with its progress shown as it is built, then
 * downloaded once; and the council's own Annex A returns, each comparable with its CIN census and SSDA903.
 */
export function AnnexA() {
  const { data, error, loading } = useApi<AnnexAOverviewView>('/annex-a');
  const [started, setStarted] = useState<AnnexAJobView | null>(null);
  if (loading) return <Loading what="Annex A" />;
  if (error || !data) return <ErrorSummary title="Annex A could not be shown" errors={[{ text: error?.message ?? '' }]} />;
  return (
    <>
      <p className="govuk-body-l">
        The child-level lists 1 to 11 Ofsted asks for at the start of an inspection, in its sheet names, headings and codes, built from the returns in the store.
      </p>
      <ProduceForm returnsReach={data.returnsReach} onStarted={setStarted} />
      {started && <Production key={started.id} started={started} />}
      <StoredAnnexA stored={data.stored} />
    </>
  );
}
