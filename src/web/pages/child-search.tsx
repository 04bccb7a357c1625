import { useState, type FormEvent } from 'react';
import { query } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading } from '../components/govuk.tsx';
import { Link, useLocation, useNavigate } from '../routing/router.tsx';

/** Find a child by their LA child id (or its start): ids only, never names. */
export function ChildSearch() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const asked = search.get('id') ?? '';
  const [text, setText] = useState(asked);
  const { data, error, loading } = useApi<{ children: { childId: string }[] }>(asked ? `/children${query({ prefix: asked, limit: 50 })}` : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/children${query({ id: text.trim() })}`);
  };
  return (
    <>
      <form onSubmit={submit} role="search">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="child-id">
            Child's LA child id
          </label>
          <div id="child-id-hint" className="govuk-hint">
            The whole id or its first characters, as in the CIN census (LAchildID) or the SSDA903 (CHILD)
          </div>
          <input className="govuk-input govuk-input--width-20" id="child-id" name="id" spellCheck={false} autoComplete="off" aria-describedby="child-id-hint" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Search
        </button>
      </form>
      {loading && <Loading what="children" />}
      {error && <ErrorSummary title="The search could not be made" errors={[{ text: error.message }]} />}
      {data && (
        <div aria-live="polite">
          <h2 className="govuk-heading-m">{data.children.length === 0 ? `No child's id starts with ${asked}` : `${data.children.length === 50 ? 'The first 50 children' : data.children.length === 1 ? '1 child' : `${data.children.length} children`} whose id starts with ${asked}`}</h2>
          <ul className="govuk-list">
            {data.children.map((c) => (
              <li key={c.childId}>
                <Link className="govuk-link" to={`/children/${encodeURIComponent(c.childId)}`}>
                  Child {c.childId}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
