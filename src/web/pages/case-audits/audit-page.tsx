import { useState, type FormEvent } from 'react';
import type { CaseAuditRecord } from '../../../access/case-audits-access.ts';
import type { SessionView } from '../../../access/views.ts';
import type { CaseAudit } from '../../../core/case-audits/audit.ts';
import { GRADE_NAMES, GRADES, type Grade } from '../../../core/inspections/grade.ts';
import { THEMES } from '../../../core/case-audits/themes.ts';
import { api } from '../../api/client.ts';
import { ErrorSummary, Loading, NotificationBanner, SummaryList, TableHead, Tag } from '../../components/govuk.tsx';
import { dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { errorFor, Radios, TextArea } from '../../components/form-fields.tsx';
import { useReloaded } from './use-reloaded.ts';
import { errorsOf, sourceText, STATUS_COLOURS, STATUS_NAMES } from './words.ts';

/**
 * A grade as a radio's value. Radios take their ids from their values and an id may not contain a space
 * ("requires improvement"), so the value is the grade with hyphens; `gradeOf` reads a grade back.
 */
const optionValue = (grade: Grade | null): string => grade?.replaceAll(' ', '-') ?? '';
const gradeOf = (value: string): Grade | null => GRADES.find((g) => optionValue(g) === value) ?? null;
const GRADE_OPTIONS = GRADES.map((g) => ({ value: optionValue(g), text: GRADE_NAMES[g] }));
const CHANGE_NAMES = { planned: 'Planned', saved: 'Saved', submitted: 'Submitted', moderated: 'Moderated' } as const;

/** A field the API names, as the id of its control on this page: `grades/<domain>/grade` → `grade-<domain>`. */
function fieldId(field: string): string | undefined {
  const domain = /^grades\/([a-z0-9-]+)\/(grade|text)$/.exec(field);
  if (domain && !/^\d+$/.test(domain[1]!)) return `#${domain[2] === 'grade' ? 'grade' : 'evidence'}-${domain[1]}`;
  if (field === 'overall') return '#overall-grade';
  if (field === 'summary') return '#audit-summary';
  if (field === 'note') return '#moderation-note';
  if (field.startsWith('themes')) return '#other-themes';
  return undefined;
}

type Done = 'saved' | 'submitted' | 'moderated' | null;

/**
 * One child's case audit. Its auditor grades each domain with the evidence, tags themes and submits;
 * then someone else moderates it, grading every domain afresh. Everyone who may read it sees the grades
 * and every change made, with who and when.
 */
export function CaseAuditPage({ id }: { id: number }) {
  const { session } = useSession();
  const [done, setDone] = useState<Done>(null);
  const { data: record, error } = useReloaded<CaseAuditRecord>(`/case-audits/audits/${id}`, done);
  if (error) return <ErrorSummary title="The audit could not be loaded" errors={[{ text: error.message }]} />;
  if (!record) return <Loading what="the audit" />;
  const mode = modeOf(record, session);
  return (
    <>
      {done && (
        <NotificationBanner title="Done" success>
          <p className="govuk-notification-banner__heading">
            {done === 'saved' ? 'Your work is saved.' : done === 'submitted' ? 'The audit is submitted. Someone other than you moderates it next.' : 'The moderation is recorded.'}
          </p>
        </NotificationBanner>
      )}
      <SummaryList
        rows={[
          ['Child', allows(session, 'read-chronology') ? <Link className="govuk-link" to={`/children/${encodeURIComponent(record.childId)}`}>Chronology of child {record.childId}</Link> : record.childId],
          ['Status', <Tag colour={STATUS_COLOURS[record.status]}>{STATUS_NAMES[record.status]}</Tag>],
          ['Auditor', record.auditor],
          ['Moderator', record.moderation?.by ?? record.moderator ?? 'Anyone but the auditor'],
          ['Template', record.template.name],
          ['Sample', `${record.sampleId}: drawn by ${record.sample.drawnBy}, ${dateTime(record.sample.drawnAt)}, from ${sourceText(record.sample.method, record.sample.source)}`],
        ]}
      />
      {mode === 'audit' && <AuditForm key={record.updatedAt} audit={record} onDone={setDone} />}
      {mode !== 'audit' && <Grades audit={record} />}
      {mode === 'moderate' && <ModerationForm audit={record} onDone={setDone} />}
      {mode === 'read' && record.status === 'submitted' && allows(session, 'conduct-case-audit') && session?.user.username === record.auditor && (
        <p className="govuk-inset-text">You audited this case, so someone else moderates it.</p>
      )}
      <h2 className="govuk-heading-m">History</h2>
      <ul className="govuk-list">
        {record.history.map((h, i) => (
          <li key={i}>
            {CHANGE_NAMES[h.change]} by {h.by}, {dateTime(h.at)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the signed-in user can do with the audit: work on it (its auditor), moderate it (someone else), or read it. */
function modeOf(audit: CaseAudit, session: SessionView | null): 'audit' | 'moderate' | 'read' {
  const me = session?.user.username;
  if (!allows(session, 'conduct-case-audit')) return 'read';
  if ((audit.status === 'planned' || audit.status === 'in-progress') && me === audit.auditor) return 'audit';
  if (audit.status === 'submitted' && me !== audit.auditor && (audit.moderator === null || audit.moderator === me)) return 'moderate';
  return 'read';
}

function AuditForm({ audit, onDone }: { audit: CaseAudit; onDone: (d: Done) => void }) {
  const [grades, setGrades] = useState(() => new Map(audit.grades.map((g) => [g.domain, { grade: optionValue(g.grade), text: g.text }])));
  const [overall, setOverall] = useState(optionValue(audit.overall));
  const [summary, setSummary] = useState(audit.summary);
  const known = new Set<string>(THEMES);
  const [themes, setThemes] = useState(() => new Set(audit.themes.filter((t) => known.has(t))));
  const [others, setOthers] = useState(audit.themes.filter((t) => !known.has(t)).join('\n'));
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  const setGrade = (domain: string, change: Partial<{ grade: string; text: string }>) => setGrades(new Map(grades).set(domain, { ...grades.get(domain)!, ...change }));
  const toggle = (theme: string) => {
    const next = new Set(themes);
    if (!next.delete(theme)) next.add(theme);
    setThemes(next);
  };
  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submit = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'submit';
    const body = {
      grades: [...grades].map(([domain, g]) => ({ domain, grade: gradeOf(g.grade), text: g.text })),
      overall: gradeOf(overall),
      summary,
      themes: [...themes, ...others.split('\n').map((t) => t.trim()).filter(Boolean)],
      submit,
    };
    try {
      await api(`/case-audits/audits/${audit.id}`, { method: 'PUT', body });
      setErrors([]);
      onDone(submit ? 'submitted' : 'saved');
    } catch (e) {
      setErrors(errorsOf(e, fieldId));
    }
  };
  return (
    <form onSubmit={(e) => void send(e)} noValidate>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      {audit.template.domains.map((d) => {
        const g = grades.get(d.id)!;
        return (
          <div key={d.id} className="govuk-!-margin-bottom-6">
            <Radios id={`grade-${d.id}`} label={d.title} hint={d.prompt} size="m" inline small options={GRADE_OPTIONS} value={g.grade} onChange={(grade) => setGrade(d.id, { grade })} error={errorFor(errors, `grade-${d.id}`)} />
            <TextArea id={`evidence-${d.id}`} label={`Evidence for the grade of ${d.title.toLowerCase()}`} value={g.text} maxLength={4000} onChange={(text) => setGrade(d.id, { text })} error={errorFor(errors, `evidence-${d.id}`)} />
          </div>
        );
      })}
      <Radios id="overall-grade" label="Overall grade" size="m" inline small options={GRADE_OPTIONS} value={overall} onChange={setOverall} error={errorFor(errors, 'overall-grade')} />
      <TextArea id="audit-summary" label="Summary of findings" rows={5} maxLength={4000} value={summary} onChange={setSummary} error={errorFor(errors, 'audit-summary')} />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="themes-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Themes</legend>
          <div id="themes-hint" className="govuk-hint">
            What the audit found, in the words the council tracks. Select all that apply.
          </div>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {THEMES.map((t, i) => (
              <div className="govuk-checkboxes__item" key={t}>
                <input className="govuk-checkboxes__input" id={`theme-${i}`} type="checkbox" checked={themes.has(t)} onChange={() => toggle(t)} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`theme-${i}`}>
                  {t}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextArea id="other-themes" label="Other themes (optional)" hint="One on each line. They are counted with the others from now on." value={others} onChange={setOthers} error={errorFor(errors, 'other-themes')} />
      <div className="govuk-button-group">
        <button type="submit" name="action" value="submit" className="govuk-button" data-module="govuk-button">
          Submit the audit
        </button>
        <button type="submit" name="action" value="save" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Save and finish later
        </button>
      </div>
    </form>
  );
}

/** The grades given, the moderator's beside the auditor's once moderated, with the evidence. */
function Grades({ audit }: { audit: CaseAudit }) {
  const moderated = new Map(audit.moderation?.grades.map((g) => [g.domain, g.grade]) ?? []);
  const name = (g: Grade | null | undefined) => (g ? GRADE_NAMES[g] : 'Not graded');
  return (
    <>
      <div className="app-table-wrapper">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Grades</caption>
          <TableHead columns={['Domain', "Auditor's grade", 'Evidence', ...(audit.moderation ? ["Moderator's grade"] : [])]} />
          <tbody className="govuk-table__body">
            {audit.template.domains.map((d) => {
              const g = audit.grades.find((x) => x.domain === d.id);
              return (
                <tr className="govuk-table__row" key={d.id}>
                  <th scope="row" className="govuk-table__header">{d.title}</th>
                  <td className="govuk-table__cell">{name(g?.grade)}</td>
                  <td className="govuk-table__cell">{g?.text}</td>
                  {audit.moderation && <td className="govuk-table__cell">{name(moderated.get(d.id))}</td>}
                </tr>
              );
            })}
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">Overall</th>
              <td className="govuk-table__cell">{name(audit.overall)}</td>
              <td className="govuk-table__cell">{audit.summary}</td>
              {audit.moderation && <td className="govuk-table__cell">{name(audit.moderation.overall)}</td>}
            </tr>
          </tbody>
        </table>
      </div>
      <SummaryList
        rows={[
          ['Themes', audit.themes.length ? audit.themes.join('; ') : 'None'],
          ...(audit.moderation ? [['Moderation note', audit.moderation.note || 'None'] as const] : []),
        ]}
      />
    </>
  );
}

function ModerationForm({ audit, onDone }: { audit: CaseAudit; onDone: (d: Done) => void }) {
  const [grades, setGrades] = useState(() => new Map(audit.grades.map((g) => [g.domain, optionValue(g.grade)])));
  const [overall, setOverall] = useState(optionValue(audit.overall));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api(`/case-audits/audits/${audit.id}/moderation`, { method: 'POST', body: { grades: [...grades].map(([domain, grade]) => ({ domain, grade: gradeOf(grade) })), overall: gradeOf(overall), note } });
      onDone('moderated');
    } catch (e) {
      setErrors(errorsOf(e, fieldId));
    }
  };
  return (
    <form onSubmit={(e) => void send(e)} noValidate>
      <h2 className="govuk-heading-m">Moderate the audit</h2>
      <p className="govuk-body">Grade each domain as you find it. The auditor's grades are selected to start with; change any you disagree with.</p>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      {audit.template.domains.map((d) => (
        <Radios
          key={d.id} id={`grade-${d.id}`} label={`Your grade for ${d.title.toLowerCase()}`} inline small options={GRADE_OPTIONS} value={grades.get(d.id) ?? ''}
          onChange={(g) => setGrades(new Map(grades).set(d.id, g))} error={errorFor(errors, `grade-${d.id}`)}
        />
      ))}
      <Radios id="overall-grade" label="Your overall grade" inline small options={GRADE_OPTIONS} value={overall} onChange={setOverall} error={errorFor(errors, 'overall-grade')} />
      <TextArea id="moderation-note" label="Moderation note (optional)" maxLength={2000} value={note} onChange={setNote} error={errorFor(errors, 'moderation-note')} />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Record the moderation
      </button>
    </form>
  );
}
