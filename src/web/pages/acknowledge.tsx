import { useState, type FormEvent } from 'react';
import type { WorklistView } from '../../access/views.ts';
import { api, ApiError } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading, SummaryList } from '../components/govuk.tsx';
import { count, date } from '../format.ts';
import { useNavigate } from '../routing/router.tsx';

/** A manager accepts a worklist item for now, with a reason and, if they wish, a date to look at it again. */
export function Acknowledge({ itemId }: { itemId: string }) {
  const navigate = useNavigate();
  const { data, error, loading } = useApi<WorklistView>('/worklist?limit=2000');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  if (loading) return <Loading what="the item" />;
  const item = data?.items.find((i) => i.id === itemId);
  if (error || !item) return <ErrorSummary title="The item could not be found" errors={[{ text: error?.message ?? 'It is no longer on the worklist.' }]} />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors([{ text: 'Enter why you are acknowledging this item', href: '#ack-reason' }]);
      return;
    }
    try {
      await api(`/worklist/${encodeURIComponent(itemId)}/acknowledgement`, { method: 'POST', body: { reason: reason.trim(), ...(until ? { until } : {}) } });
      navigate('/worklist?acknowledged=1');
    } catch (e) {
      setErrors([{ text: e instanceof ApiError ? e.message : String(e), ...(e instanceof ApiError && /review date/.test(e.message) ? { href: '#ack-until' } : {}) }]);
    }
  };
  const reasonError = errors.find((e) => e.href === '#ack-reason');
  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <SummaryList
        rows={[
          ['Child', item.childId],
          ['What', item.what],
          ['Since', date(item.since)],
          ['Working days overdue', count(item.overdueWorkingDays)],
          ['Severity', item.severity],
        ]}
      />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="ack-reason">
            Why are you acknowledging it?
          </label>
          <div id="ack-reason-hint" className="govuk-hint">
            Recorded in the audit log. The item comes back if it becomes more severe or 10 more working days overdue.
          </div>
          {reasonError && (
            <p id="ack-reason-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {reasonError.text}
            </p>
          )}
          <textarea
            className={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`}
            id="ack-reason"
            rows={3}
            maxLength={500}
            value={reason}
            aria-describedby={`ack-reason-hint${reasonError ? ' ack-reason-error' : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="ack-until">
            Review date (optional)
          </label>
          <div id="ack-until-hint" className="govuk-hint">
            The item comes back after this date.
          </div>
          <input className="govuk-input govuk-input--width-10" id="ack-until" type="date" value={until} aria-describedby="ack-until-hint" onChange={(e) => setUntil(e.target.value)} />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Acknowledge
        </button>
      </form>
    </>
  );
}
