import { useState, type FormEvent } from 'react';
import type { AuditTemplate } from '../../../core/case-audits/template.ts';
import { api } from '../../api/client.ts';
import { ErrorSummary } from '../../components/govuk.tsx';
import { useNavigate } from '../../routing/router.tsx';
import { errorFor, TextArea, TextInput } from '../../components/form-fields.tsx';
import { errorsOf } from './words.ts';

/**
 * A council's own audit template: a name and its domains, one a line, each optionally followed by the
 * question that guides the auditor after a colon ("Risk recognised: Was exploitation risk recognised?").
 */
export function NewTemplate() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [domains, setDomains] = useState('');
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lines = domains.split('\n').map((l) => l.trim()).filter(Boolean);
    const missing = [...(name.trim() ? [] : [{ text: 'Enter a name for the template', href: '#template-name' }]), ...(lines.length ? [] : [{ text: 'Enter at least one domain to grade', href: '#template-domains' }])];
    if (missing.length) {
      setErrors(missing);
      return;
    }
    const body = { name: name.trim(), domains: lines.map((l) => ({ title: l.split(':')[0]!.trim(), prompt: l.includes(':') ? l.slice(l.indexOf(':') + 1).trim() : '' })) };
    try {
      const made = await api<AuditTemplate>('/case-audits/templates', { method: 'POST', body });
      navigate(`/case-audits/samples/new?template=${made.id}`);
    } catch (e) {
      setErrors(errorsOf(e, (field) => (field === 'name' ? '#template-name' : field.startsWith('domains') ? '#template-domains' : undefined)));
    }
  };
  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextInput id="template-name" label="Name" width={20} value={name} onChange={setName} error={errorFor(errors, 'template-name')} />
        <TextArea
          id="template-domains" label="Domains to grade" rows={8} value={domains} onChange={setDomains} error={errorFor(errors, 'template-domains')}
          hint="One on each line, each graded outstanding, good, requires improvement or inadequate. After a colon, the question that guides the auditor, if you want one."
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Add the template
        </button>
      </form>
    </>
  );
}
