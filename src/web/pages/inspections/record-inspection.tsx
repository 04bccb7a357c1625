import type { InspectionView } from '../../../access/inspections-access.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading } from '../../components/govuk.tsx';
import { Link, useNavigate } from '../../routing/router.tsx';
import { formOf, InspectionForm } from './inspection-form.tsx';

/** Records a new inspection or visit, then shows it. */
export function RecordInspection() {
  const navigate = useNavigate();
  return (
    <InspectionForm
      submitLabel="Record"
      onSubmit={async (input) => {
        const stored = await api<InspectionView>('/inspections', { method: 'POST', body: input });
        navigate(`/inspections/${stored.id}?saved=recorded`);
      }}
    />
  );
}

/** Corrects a record: the earlier version is kept, and the findings keep their ids (and any improvement-plan action). */
export function CorrectInspection({ id }: { id: string }) {
  const navigate = useNavigate();
  const { data, error, loading } = useApi<InspectionView>(`/inspections/${encodeURIComponent(id)}`);
  if (loading) return <Loading what="the record" />;
  if (error || !data) return <ErrorSummary title="The record could not be loaded" errors={[{ text: error?.message ?? 'No answer' }]} />;
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/inspections/${data.id}`}>Back to the record</Link>
      </p>
      <InspectionForm
        initial={formOf(data)}
        submitLabel="Save the correction"
        onSubmit={async (input) => {
          await api<InspectionView>(`/inspections/${data.id}`, { method: 'PUT', body: input });
          navigate(`/inspections/${data.id}?saved=corrected`);
        }}
      />
    </>
  );
}
