import { useState } from 'react';
import type { PopulationSettingView } from '../../../access/settings-views.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading } from '../../components/govuk.tsx';
import { PopulationForm } from './population-form.tsx';

/** The council's own settings. */
export function Settings() {
  const { data, error, loading } = useApi<PopulationSettingView>('/settings/population');
  const [saved, setSaved] = useState<PopulationSettingView | null>(null);
  const setting = saved ?? data;
  if (loading) return <Loading what="the settings" />;
  if (error || !setting) return <ErrorSummary title="The settings could not be shown" errors={[{ text: error?.message ?? '' }]} />;
  return (
    <>
      <h2 className="govuk-heading-m">The council's 0 to 17 population</h2>
      <PopulationForm setting={setting} onSaved={setSaved} />
    </>
  );
}
