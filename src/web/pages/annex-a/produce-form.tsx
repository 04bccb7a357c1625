import { useState, type FormEvent } from 'react';
import type { AnnexAJobView } from '../../../access/annex-a-views.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/govuk.tsx';
import { date } from '../../format.ts';

type Field = 'annex-a-at' | 'annex-a-reason';

/**
 * The date Annex A is drawn up as of, how far it looks back, and why it is wanted (recorded in the audit
 * log with the date: child-level data is leaving the system).
 */
export function ProduceForm({ returnsReach, onStarted }: { returnsReach: string | null; onStarted: (job: AnnexAJobView) => void }) {
  const [at, setAt] = useState(returnsReach ?? '');
  const [months, setMonths] = useState<6 | 12>(6);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  const [sending, setSending] = useState(false);
  const errorFor = (field: Field) => errors.find((e) => e.href === `#${field}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { text: string; href: string }[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) found.push({ text: 'Enter the date Annex A is drawn up as of (the inspection date)', href: '#annex-a-at' });
    if (!reason.trim()) found.push({ text: 'Enter why you are producing Annex A', href: '#annex-a-reason' });
    setErrors(found);
    if (found.length) return;
    setSending(true);
    try {
      onStarted(await api<AnnexAJobView>('/annex-a/productions', { method: 'POST', body: { at, months, reason: reason.trim() } }));
    } catch (e) {
      const text = e instanceof ApiError ? e.message : String(e);
      setErrors([{ text, ...(/date|after today/i.test(text) ? { href: '#annex-a-at' } : {}) }]);
    } finally {
      setSending(false);
    }
  };

  const atError = errorFor('annex-a-at');
  const reasonError = errorFor('annex-a-reason');
  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`govuk-form-group${atError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="annex-a-at">
            Date Annex A is drawn up as of
          </label>
          <div id="annex-a-at-hint" className="govuk-hint">
            The inspection date. {returnsReach ? `The CIN census and SSDA903 returns in the store reach ${date(returnsReach)}; nothing after that is known to them.` : 'The store has no CIN census or SSDA903 return yet.'}
          </div>
          {atError && (
            <p id="annex-a-at-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {atError.text}
            </p>
          )}
          <input
            className={`govuk-input govuk-input--width-10${atError ? ' govuk-input--error' : ''}`}
            id="annex-a-at"
            type="date"
            value={at}
            aria-describedby={`annex-a-at-hint${atError ? ' annex-a-at-error' : ''}`}
            onChange={(e) => setAt(e.target.value)}
          />
        </div>
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset" aria-describedby="annex-a-months-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Months the lists look back over</legend>
            <div id="annex-a-months-hint" className="govuk-hint">
              Ofsted asks for 6 months; the adoption lists (10 and 11) and the counts of the last 12 months always look back 12.
            </div>
            <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
              {([6, 12] as const).map((m) => (
                <div className="govuk-radios__item" key={m}>
                  <input className="govuk-radios__input" id={`annex-a-months-${m}`} name="months" type="radio" checked={months === m} onChange={() => setMonths(m)} />
                  <label className="govuk-label govuk-radios__label" htmlFor={`annex-a-months-${m}`}>
                    {m} months
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="annex-a-reason">
            Why are you producing it?
          </label>
          <div id="annex-a-reason-hint" className="govuk-hint">
            Annex A lists children one by one. Who produced it, when, for which date and why are recorded in the audit log.
          </div>
          {reasonError && (
            <p id="annex-a-reason-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {reasonError.text}
            </p>
          )}
          <textarea
            className={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`}
            id="annex-a-reason"
            rows={2}
            maxLength={500}
            value={reason}
            aria-describedby={`annex-a-reason-hint${reasonError ? ' annex-a-reason-error' : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
          Produce Annex A
        </button>
      </form>
    </>
  );
}
