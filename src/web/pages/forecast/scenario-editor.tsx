import { useState, type FormEvent } from 'react';
import type { ScenarioDetailView, ScenarioView } from '../../../access/forecast-access.ts';
import { defaultWeeklyCosts } from '../../../core/forecast/costs-default.ts';
import type { ForecastView } from '../../../core/forecast/view.ts';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { errorFor, Select, TextInput, type Option } from '../../components/form-fields.tsx';
import { ErrorSummary, Loading, TableHead, Tag } from '../../components/govuk.tsx';
import { dateTime } from '../../format.ts';
import { Link, useNavigate } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { Rows } from './rows.tsx';
import { emptyForm, formOf, hrefOf, itemId, movableCategories, settingsOf, withoutProvision, type FormError, type ScenarioForm } from './scenario-form.ts';

/** Creating a scenario (id null) or changing one: loads what the form needs, then the form. */
export function ScenarioEditor({ id }: { id: number | null }) {
  const { session } = useSession();
  // The base forecast lists the states, categories and rates the data has.
  const base = useApi<ForecastView>('/forecast');
  const saved = useApi<ScenarioDetailView>(id === null ? null : `/forecast/scenarios/${id}`);
  if (!allows(session, 'manage-forecast-scenarios')) {
    return (
      <p className="govuk-body">
        Your role does not change forecast scenarios. <Link className="govuk-link" to={id === null ? '/forecast' : `/forecast?scenario=${id}`}>See the forecast</Link>.
      </p>
    );
  }
  if (base.loading || saved.loading) return <Loading what="the scenario" />;
  const failed = base.error ?? saved.error;
  if (failed || !base.data || (id !== null && !saved.data)) return <ErrorSummary title="The scenario could not be loaded" errors={[{ text: failed?.message ?? '' }]} />;
  const scenario = saved.data;
  const initial = scenario ? (scenario.settings ? formOf(scenario.name, scenario.description, scenario.settings) : { ...emptyForm(), name: scenario.name, description: scenario.description }) : emptyForm();
  return <EditorForm key={id ?? 'new'} base={base.data} scenario={scenario} initial={initial} />;
}

const UASC: readonly Option[] = [{ value: 'all', text: 'Include them' }, { value: 'exclude', text: 'Leave them out' }, { value: 'only', text: 'Only them' }];
const WHO_MOVES: readonly Option[] = [
  { value: 'both', text: 'Children placed now and children entering care' }, { value: 'start', text: 'Children placed now' }, { value: 'entries', text: 'Children entering care' },
];
const MODES: readonly Option[] = [{ value: 'percent', text: 'Change by a percentage' }, { value: 'add', text: 'Add to the daily rate' }];

function EditorForm({ base, scenario, initial }: { base: ForecastView; scenario: ScenarioDetailView | null; initial: ScenarioForm }) {
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const set = <K extends keyof ScenarioForm>(key: K, value: ScenarioForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setRow = <K extends 'moves' | 'entries' | 'rates' | 'shares'>(key: K, i: number, change: Partial<ScenarioForm[K][number]>) =>
    setForm((f) => ({ ...f, [key]: f[key].map((row, j) => (j === i ? { ...row, ...change } : row)) }));
  const errorAt = (id: string) => errorFor(errors, id);

  // The data's categories and states, as they read with provision modelled or not.
  const label = (l: string) => (form.provision ? l : withoutProvision(l));
  const unique = (labels: readonly string[]) => [...new Set(labels.map(label))];
  const categories = unique(base.groups.filter((g) => g !== 'Total'));
  const inCare = unique(base.entries.map((e) => e.to));
  const allStates = unique([...base.entries.map((e) => e.to), ...base.rates.map((r) => r.to)]);
  const choose = (what: string, values: readonly string[]): Option[] => [{ value: '', text: `Choose ${what}` }, ...values.map((v) => ({ value: v, text: v }))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = settingsOf(form);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setBusy(true);
    try {
      const body = { name: form.name.trim(), description: form.description.trim(), settings: read.settings };
      const stored = scenario
        ? await api<ScenarioView>(`/forecast/scenarios/${scenario.id}`, { method: 'PUT', body: { ...body, version: scenario.version } })
        : await api<ScenarioView>('/forecast/scenarios', { method: 'POST', body });
      navigate(`/forecast?scenario=${stored.id}&saved=1`);
    } catch (e) {
      setErrors(problemsOf(e));
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!scenario) return;
    setBusy(true);
    try {
      await api(`/forecast/scenarios/${scenario.id}?version=${scenario.version}`, { method: 'DELETE' });
      navigate('/forecast');
    } catch (e) {
      setErrors(problemsOf(e));
      setBusy(false);
    }
  };

  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <p className="govuk-body">
        A scenario changes the base forecast: it moves children between in-house and external placements, changes how many enter care or how often they move, and prices placements at your own weekly costs. Anything you leave as it is stays as in the base.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextInput id="scenario-name" label="Name" error={errorAt('scenario-name')} value={form.name} onChange={(v) => set('name', v)} width={20} />
        <TextInput id="scenario-description" label="What it tries (optional)" hint="For example: step half the children in external children's homes down to our own homes" value={form.description} onChange={(v) => set('description', v)} />

        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Dates</legend>
          <TextInput id="reference-from" label="Fit the rates on data from (optional)" type="date" width={10} bold={false} inline hint="Empty: all the data" error={errorAt('reference-from')} value={form.referenceFrom} onChange={(v) => set('referenceFrom', v)} />
          <TextInput id="reference-to" label="Fit the rates on data to" type="date" width={10} bold={false} inline error={errorAt('reference-to')} value={form.referenceTo} onChange={(v) => set('referenceTo', v)} />
          <TextInput id="start" label="Start the forecast on (optional)" type="date" width={10} hint="Empty: the end of the data" error={errorAt('start')} value={form.start} onChange={(v) => set('start', v)} />
          <TextInput id="months" label="Months to forecast" hint="At most 48 (4 years)" type="number" width={3} error={errorAt('months')} value={form.months} onChange={(v) => set('months', v)} />
        </fieldset>

        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Who is counted</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="provision" type="checkbox" checked={form.provision} onChange={(e) => set('provision', e.target.checked)} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="provision">
                Forecast in-house and external placements separately
              </label>
            </div>
          </div>
          <Select id="uasc" label="Unaccompanied asylum-seeking children" value={form.uasc} options={UASC} onChange={(v) => set('uasc', v as ScenarioForm['uasc'])} />
        </fieldset>

        <Rows
          legend="Move children between placements"
          hint="For example, move 50% of the children in Residential (External) to Residential (In-house): those placed now, those entering care, or both. A placement the data does not have yet takes the rates of the one children come from."
          rows={form.moves}
          addLabel={form.moves.length === 0 ? 'Add a move' : 'Add another move'}
          removeLabel={(i) => `Remove move ${i + 1}`}
          onAdd={() => set('moves', [...form.moves, { from: '', to: '', percent: '', of: 'both' }])}
          onRemove={(i) => set('moves', form.moves.filter((_, j) => j !== i))}
        >
          {(m, i) => (
            <>
              <Select id={`move-${i}-from`} label={`Move ${i + 1}: from`} bold={false} inline error={errorAt(`move-${i}-from`)} value={m.from} options={choose('a placement', categories)} onChange={(v) => setRow('moves', i, { from: v })} />
              <Select id={`move-${i}-to`} label={`Move ${i + 1}: to`} bold={false} inline value={m.to} options={choose('a placement', movableCategories(form.provision))} onChange={(v) => setRow('moves', i, { to: v })} />
              <TextInput id={`move-${i}-percent`} label="Percentage of children" bold={false} inline type="decimal" width={3} suffix="%" error={errorAt(`move-${i}-percent`)} value={m.percent} onChange={(v) => setRow('moves', i, { percent: v })} />
              <Select id={`move-${i}-of`} label="Which children" bold={false} value={m.of} options={WHO_MOVES} onChange={(v) => setRow('moves', i, { of: v as 'both' })} />
            </>
          )}
        </Rows>

        <Rows
          legend="Change how many children enter care"
          hint="By age and placement; for example −20% for a fifth fewer."
          rows={form.entries}
          addLabel="Add a change to entries"
          removeLabel={(i) => `Remove change to entries ${i + 1}`}
          onAdd={() => set('entries', [...form.entries, { to: '', mode: 'percent', value: '' }])}
          onRemove={(i) => set('entries', form.entries.filter((_, j) => j !== i))}
        >
          {(e, i) => (
            <>
              <Select id={`entry-${i}-to`} label={`Change ${i + 1}: children entering`} bold={false} inline error={errorAt(`entry-${i}-to`)} value={e.to} options={choose('who', inCare)} onChange={(v) => setRow('entries', i, { to: v })} />
              <Select id={`entry-${i}-mode`} label="How" bold={false} inline value={e.mode} options={MODES} onChange={(v) => setRow('entries', i, { mode: v as 'percent' })} />
              <TextInput id={`entry-${i}-value`} label={e.mode === 'percent' ? 'By (%)' : 'Children a day'} bold={false} inline type="decimal" width={4} error={errorAt(`entry-${i}-value`)} value={e.value} onChange={(v) => setRow('entries', i, { value: v })} />
            </>
          )}
        </Rows>

        <Rows
          legend="Change how often children leave care or change placement"
          hint="The daily rate of moving from one placement (or age) to another, or to leaving care; for example −10% for fewer moves."
          rows={form.rates}
          addLabel="Add a change to moves"
          removeLabel={(i) => `Remove change to moves ${i + 1}`}
          onAdd={() => set('rates', [...form.rates, { from: '', to: '', mode: 'percent', value: '' }])}
          onRemove={(i) => set('rates', form.rates.filter((_, j) => j !== i))}
        >
          {(r, i) => (
            <>
              <Select id={`rate-${i}-from`} label={`Change ${i + 1}: from`} bold={false} inline error={errorAt(`rate-${i}-from`)} value={r.from} options={choose('a placement', inCare)} onChange={(v) => setRow('rates', i, { from: v })} />
              <Select id={`rate-${i}-to`} label={`Change ${i + 1}: to`} bold={false} inline value={r.to} options={choose('a placement', allStates)} onChange={(v) => setRow('rates', i, { to: v })} />
              <Select id={`rate-${i}-mode`} label="How" bold={false} inline value={r.mode} options={MODES} onChange={(v) => setRow('rates', i, { mode: v as 'percent' })} />
              <TextInput id={`rate-${i}-value`} label={r.mode === 'percent' ? 'By (%)' : 'Daily rate'} bold={false} inline type="decimal" width={4} error={errorAt(`rate-${i}-value`)} value={r.value} onChange={(v) => setRow('rates', i, { value: v })} />
            </>
          )}
        </Rows>

        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Weekly costs</legend>
          <div className="govuk-hint">Your council’s own weekly cost of each kind of placement. Figures marked placeholder are not real prices.</div>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Weekly cost of each kind of placement</caption>
            <TableHead columns={['Placement', 'Weekly cost', 'Default']} />
            <tbody className="govuk-table__body">
              {defaultWeeklyCosts.map((c) => (
                <tr className="govuk-table__row" key={c.item}>
                  <th scope="row" className="govuk-table__header">
                    <label className="govuk-label" htmlFor={itemId('weekly', c.item)}>
                      {c.item}
                    </label>
                  </th>
                  <td className="govuk-table__cell">
                    {errorAt(itemId('weekly', c.item)) && (
                      <p id={`${itemId('weekly', c.item)}-error`} className="govuk-error-message">
                        <span className="govuk-visually-hidden">Error:</span> {errorAt(itemId('weekly', c.item))}
                      </p>
                    )}
                    <div className="govuk-input__wrapper">
                      <div className="govuk-input__prefix" aria-hidden="true">£</div>
                      <input className={`govuk-input govuk-input--width-5${errorAt(itemId('weekly', c.item)) ? ' govuk-input--error' : ''}`} id={itemId('weekly', c.item)} type="text" inputMode="decimal" spellCheck={false}
                        aria-describedby={errorAt(itemId('weekly', c.item)) ? `${itemId('weekly', c.item)}-error` : undefined}
                        value={form.weekly[c.item] ?? ''} onChange={(e) => set('weekly', { ...form.weekly, [c.item]: e.target.value })} />
                    </div>
                  </td>
                  <td className="govuk-table__cell">
                    £{c.weekly.toLocaleString('en-GB')} {c.placeholder && <Tag colour="yellow">Placeholder</Tag>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <TextInput id="inflation" label="Yearly price rise (optional)" hint="Applied on each anniversary of the start; empty for none" type="decimal" width={3} suffix="%" error={errorAt('inflation')} value={form.inflation} onChange={(v) => set('inflation', v)} />
        </fieldset>

        <Rows
          legend="Change the mix of providers"
          hint="The share of a placement type's children with one kind of provider, such as 30% of fostered children with agencies (Fostering (IFA)); the others are scaled to fill the rest."
          rows={form.shares}
          addLabel="Add a share"
          removeLabel={(i) => `Remove share ${i + 1}`}
          onAdd={() => set('shares', [...form.shares, { item: '', percent: '' }])}
          onRemove={(i) => set('shares', form.shares.filter((_, j) => j !== i))}
        >
          {(s, i) => (
            <>
              <Select id={`share-${i}-item`} label={`Share ${i + 1}: placement`} bold={false} inline error={errorAt(`share-${i}-item`)} value={s.item} options={choose('a placement', defaultWeeklyCosts.map((c) => c.item))} onChange={(v) => setRow('shares', i, { item: v })} />
              <TextInput id={`share-${i}-percent`} label="Share" bold={false} inline type="decimal" width={3} suffix="%" error={errorAt(`share-${i}-percent`)} value={s.percent} onChange={(v) => setRow('shares', i, { percent: v })} />
            </>
          )}
        </Rows>

        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
            Save scenario
          </button>
          {scenario && !confirmingDelete && (
            <button type="button" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={busy} onClick={() => setConfirmingDelete(true)}>
              Delete scenario
            </button>
          )}
          <Link className="govuk-link" to={scenario ? `/forecast?scenario=${scenario.id}` : '/forecast'}>
            Cancel
          </Link>
        </div>
      </form>
      {scenario && confirmingDelete && (
        <div className="govuk-warning-text" role="alert">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            “{scenario.name}” will no longer be listed or compared. Its versions are kept.
          </strong>
          <div className="govuk-button-group govuk-!-margin-top-4">
            <button type="button" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={busy} onClick={() => void remove()}>
              Yes, delete this scenario
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => setConfirmingDelete(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {scenario && <History scenario={scenario} />}
    </>
  );
}

function History({ scenario }: { scenario: ScenarioDetailView }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Every version saved</caption>
      <TableHead columns={['Version', 'What', 'Name', 'Saved']} />
      <tbody className="govuk-table__body">
        {scenario.history.map((h) => (
          <tr className="govuk-table__row" key={h.version}>
            <td className="govuk-table__cell">{h.version}</td>
            <td className="govuk-table__cell">{h.change}</td>
            <td className="govuk-table__cell">{h.name}</td>
            <td className="govuk-table__cell">{dateTime(h.savedAt)} by {h.savedBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the server refused, each problem leading to its box where it names one. */
function problemsOf(e: unknown): FormError[] {
  if (!(e instanceof ApiError)) return [{ text: String(e) }];
  const listed = (e.body.report as { errors?: unknown } | undefined)?.errors;
  if (Array.isArray(listed) && listed.length > 0) return listed.map((p) => String(p)).map((text) => ({ text, ...(hrefOf(text) ? { href: hrefOf(text)! } : {}) }));
  return [{ text: e.message }];
}
