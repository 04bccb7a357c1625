import { useState, type FormEvent } from 'react';
import type { PopulationSettingView } from '../../../access/settings-views.ts';
import { api, ApiError } from '../../api/client.ts';
import { errorFor, TextInput } from '../../components/form-fields.tsx';
import { ErrorSummary, NotificationBanner, SummaryList } from '../../components/govuk.tsx';
import { count, dateTime } from '../../format.ts';

const wholeNumber = (text: string) => (/^\d[\d,]*$/.test(text.trim()) ? Number(text.replace(/,/g, '')) : Number.NaN);

/**
 * The council's 0–17 population, its source and its year: the divisor of every rate per 10,000. Who set
 * it last is shown; every change is recorded in the audit log.
 */
export function PopulationForm({ setting, onSaved }: { setting: PopulationSettingView; onSaved: (s: PopulationSettingView) => void }) {
  const current = setting.current;
  const [population, setPopulation] = useState(current ? String(current.population) : '');
  const [source, setSource] = useState(current?.source ?? '');
  const [year, setYear] = useState(current ? String(current.year) : '');
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const count0to17 = wholeNumber(population);
    const found: { text: string; href: string }[] = [];
    if (!(count0to17 >= 1)) found.push({ text: 'Enter the number of children aged 0 to 17, as a whole number, like 33500', href: '#population' });
    if (!source.trim()) found.push({ text: 'Enter where the figure comes from, like ONS mid-2024 population estimates', href: '#population-source' });
    if (!/^\d{4}$/.test(year.trim())) found.push({ text: 'Enter the year the figure is for, like 2024', href: '#population-year' });
    setErrors(found);
    if (found.length) return;
    try {
      onSaved(await api<PopulationSettingView>('/settings/population', { method: 'PUT', body: { population: count0to17, source: source.trim(), year: Number(year) } }));
      setSaved(true);
    } catch (e) {
      const text = e instanceof ApiError ? e.message : String(e);
      const field = /year/.test(text) ? '#population-year' : /source/.test(text) ? '#population-source' : '#population';
      setErrors([{ text, href: field }]);
    }
  };

  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      {saved && current && (
        <NotificationBanner title="Saved" success>
          <p className="govuk-body">Rates are now given {current.basis}.</p>
        </NotificationBanner>
      )}
      {current ? (
        <SummaryList
          rows={[
            ['Children aged 0 to 17', count(current.population)],
            ['Source', current.source],
            ['Year', String(current.year)],
            ['Set by', `${current.updatedBy}, ${dateTime(current.updatedAt)}`],
          ]}
        />
      ) : (
        <p className="govuk-body">Not entered yet: until it is, rates per 10,000 cannot be given and show a dash.</p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextInput
          id="population"
          label="Children aged 0 to 17 in the council's area"
          hint={`The DfE's rates per 10,000 divide by this.${setting.population0to25 ? ` The reference data holds only the 0 to 25 population (${count(setting.population0to25)}), which rates must not use.` : ''}`}
          error={errorFor(errors, 'population')}
          value={population}
          onChange={setPopulation}
          width={10}
          type="number"
        />
        <TextInput id="population-source" label="Source" hint="Where the figure comes from, so that readers can check it: for example, ONS mid-2024 population estimates." error={errorFor(errors, 'population-source')} value={source} onChange={setSource} />
        <TextInput id="population-year" label="Year" hint="The year the estimate is for, for example 2024." error={errorFor(errors, 'population-year')} value={year} onChange={setYear} width={4} type="number" />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save the population
        </button>
      </form>
    </>
  );
}
