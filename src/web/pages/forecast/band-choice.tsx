import { useState, type FormEvent } from 'react';
import { SIMULATION_RUNS } from '../../../core/forecast/simulated-band.ts';
import { Radios } from '../../components/form-fields.tsx';
import { simulatedRange, VARIANCE_RANGE } from './words.ts';

export type Band = 'closed-form' | 'simulated';

const sentence = (words: string) => `${words[0]!.toUpperCase()}${words.slice(1)}`;

/**
 * Which likely range the charts draw: the model's variance (quick, always there) or the usual number of
 * simulated runs, worked out on the server when asked for with the button (not on a radio's change, so
 * that moving through the radios does not start a wait). `status` is read out as it changes.
 */
export function BandChoice({ shown, status, onChoose }: { shown: Band; status: string; onChoose: (band: Band) => void }) {
  const [choice, setChoice] = useState<Band>(shown);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(choice);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Radios
        id="band" label="Likely range" small value={choice} onChange={(v) => setChoice(v as Band)}
        hint={`The shaded area around the forecast. Simulated runs move each child by chance at the same rates, ${SIMULATION_RUNS.usual.toLocaleString('en-GB')} times over, and keep the middle 95% of the results: it takes a few seconds, and the table beside each chart then gives both ranges.`}
        options={[{ value: 'closed-form', text: `${sentence(VARIANCE_RANGE)} (quick)` }, { value: 'simulated', text: sentence(simulatedRange(SIMULATION_RUNS.usual)) }]}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show this range
      </button>
      <p className="govuk-body" role="status">{status}</p>
    </form>
  );
}
