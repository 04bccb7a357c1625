import { useState, type FormEvent } from 'react';
import type { AnnexAJobView } from '../../../access/annex-a-views.ts';
import { api, ApiError } from '../../api/client.ts';
import { errorFor, Radios, TextArea, TextInput } from '../../components/form-fields.tsx';
import { ErrorSummary } from '../../components/govuk.tsx';
import { date } from '../../format.ts';

const MONTHS = [{ value: '6', text: '6 months' }, { value: '12', text: '12 months' }];

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

  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextInput
          id="annex-a-at"
          label="Date Annex A is drawn up as of"
          hint={`The inspection date. ${returnsReach ? `The CIN census and SSDA903 returns in the store reach ${date(returnsReach)}; nothing after that is known to them.` : 'The store has no CIN census or SSDA903 return yet.'}`}
          type="date"
          width={10}
          error={errorFor(errors, 'annex-a-at')}
          value={at}
          onChange={setAt}
        />
        <Radios
          id="annex-a-months"
          label="Months the lists look back over"
          hint="Ofsted asks for 6 months; the adoption lists (10 and 11) and the counts of the last 12 months always look back 12."
          inline
          small
          options={MONTHS}
          value={String(months)}
          onChange={(m) => setMonths(m === '12' ? 12 : 6)}
        />
        <TextArea
          id="annex-a-reason"
          label="Why are you producing it?"
          hint="Annex A lists children one by one. Who produced it, when, for which date and why are recorded in the audit log."
          rows={2}
          maxLength={500}
          error={errorFor(errors, 'annex-a-reason')}
          value={reason}
          onChange={setReason}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
          Produce Annex A
        </button>
      </form>
    </>
  );
}
