import { useState, type FormEvent } from 'react';
import type { IndicatorsView } from '../../../access/views.ts';
import { SAMPLE_METHODS, MAX_SAMPLE, type AuditSample, type SampleMethod } from '../../../core/case-audits/sampling.ts';
import type { AuditTemplate } from '../../../core/case-audits/template.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading } from '../../components/govuk.tsx';
import { Link, useNavigate } from '../../routing/router.tsx';
import { useSession } from '../../session.tsx';
import { errorFor, Radios, Select, TextInput } from '../../components/form-fields.tsx';
import { errorsOf, METHOD_NAMES } from './words.ts';

/** Each field the API may name, and the id of its control on this page. */
const FIELD_IDS: Readonly<Record<string, string>> = {
  templateId: 'sample-template', method: 'sample-method', indicator: 'sample-indicator', period: 'sample-indicator', size: 'sample-size', auditor: 'sample-auditor', moderator: 'sample-moderator',
};

/**
 * Draw a sample of children to audit: on which template, from where (at random among open cases, from
 * the drift worklist, or from an indicator's children), how many, and who audits and moderates them.
 */
export function DrawSample({ template }: { template: string | null }) {
  const { session } = useSession();
  const navigate = useNavigate();
  const templates = useApi<AuditTemplate[]>('/case-audits/templates');
  const [method, setMethod] = useState<SampleMethod>('random');
  const indicators = useApi<IndicatorsView>(method === 'indicator' ? '/indicators' : null);
  const [form, setForm] = useState({ templateId: template ?? 'default', indicator: '', size: '5', auditor: session?.user.username ?? '', moderator: '' });
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  if (templates.loading) return <Loading what="the audit templates" />;
  if (!templates.data) return <ErrorSummary title="The audit templates could not be loaded" errors={[{ text: templates.error?.message ?? '' }]} />;
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });
  const available = (indicators.data?.indicators ?? []).filter((i) => i.available);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = [
      ...(/^\d+$/.test(form.size.trim()) && Number(form.size) >= 1 && Number(form.size) <= MAX_SAMPLE ? [] : [{ text: `Enter how many children to draw, from 1 to ${MAX_SAMPLE}`, href: '#sample-size' }]),
      ...(form.auditor.trim() ? [] : [{ text: 'Enter the username of the auditor', href: '#sample-auditor' }]),
    ];
    if (missing.length) {
      setErrors(missing);
      return;
    }
    const indicator = method === 'indicator' ? form.indicator || available[0]?.id : undefined;
    try {
      const drawn = await api<{ sample: AuditSample }>('/case-audits/samples', {
        method: 'POST',
        body: {
          templateId: form.templateId, method, size: Number(form.size), auditor: form.auditor.trim(),
          ...(form.moderator.trim() ? { moderator: form.moderator.trim() } : {}), ...(indicator ? { indicator } : {}),
        },
      });
      navigate(`/case-audits?drawn=${drawn.sample.id}`);
    } catch (e) {
      setErrors(errorsOf(e, (field) => (FIELD_IDS[field] ? `#${FIELD_IDS[field]}` : undefined)));
    }
  };
  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Select
          id="sample-template" label="Audit template" error={errorFor(errors, 'sample-template')} value={form.templateId} onChange={set('templateId')}
          options={templates.data.map((t) => ({ value: t.id, text: `${t.name} (${t.domains.length} domains)` }))}
        />
        <p className="govuk-body">
          <Link className="govuk-link" to="/case-audits/templates/new">
            Add a template
          </Link>
        </p>
        <Radios
          id="sample-method" label="Which children" small error={errorFor(errors, 'sample-method')} value={method} onChange={(v) => setMethod(v as SampleMethod)}
          options={SAMPLE_METHODS.map((m) => ({ value: m, text: METHOD_NAMES[m] }))}
        >
          {method === 'indicator' && (
            <div className="govuk-radios__conditional">
              {indicators.loading && <Loading what="the indicators" />}
              {indicators.data && (
                <Select
                  id="sample-indicator" label="Indicator" hint="Sampled from the children its latest figure counts against the council: those it counts or, where higher is better, those it misses."
                  error={errorFor(errors, 'sample-indicator')} value={form.indicator || (available[0]?.id ?? '')} onChange={set('indicator')}
                  options={available.map((i) => ({ value: i.id, text: i.title }))}
                />
              )}
            </div>
          )}
        </Radios>
        <TextInput id="sample-size" label="How many children" hint={`From 1 to ${MAX_SAMPLE}. Fewer are drawn when there are fewer to draw from.`} type="number" width={4} error={errorFor(errors, 'sample-size')} value={form.size} onChange={set('size')} />
        <TextInput id="sample-auditor" label="Auditor" hint="The username of who will audit the cases." width={20} error={errorFor(errors, 'sample-auditor')} value={form.auditor} onChange={set('auditor')} />
        <TextInput id="sample-moderator" label="Moderator (optional)" hint="The username of who will moderate them. If you leave it blank, anyone but the auditor may." width={20} error={errorFor(errors, 'sample-moderator')} value={form.moderator} onChange={set('moderator')} />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Draw the sample
        </button>
      </form>
    </>
  );
}
