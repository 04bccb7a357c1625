import { useState, type FormEvent } from 'react';
import type { SessionView } from '../../access/views.ts';
import { api, ApiError, setCsrfToken } from '../api/client.ts';
import { ErrorSummary } from '../components/govuk.tsx';
import { useNavigate } from '../routing/router.tsx';
import { useSession } from '../session.tsx';

/** Sign in with a local account. The server says why a sign-in failed in words safe to show. */
export function SignIn() {
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username || !password) {
      setError('Enter your username and password');
      return;
    }
    setBusy(true);
    try {
      const session = await api<SessionView>('/session', { method: 'POST', body: { username, password } });
      setCsrfToken(session.csrfToken);
      setSession(session);
      navigate('/');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Sign-in failed: try again.');
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error && <ErrorSummary title="There is a problem" errors={[{ text: error, href: '#username' }]} />}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="username">
              Username
            </label>
            <input className="govuk-input govuk-!-width-one-half" id="username" name="username" type="text" autoComplete="username" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value.trim().toLowerCase())} />
          </div>
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="password">
              Password
            </label>
            <input className="govuk-input govuk-!-width-one-half" id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
            Sign in
          </button>
        </form>
        <p className="govuk-body">
          Forgotten your password? Ask an administrator to reset it (<code>sightline users reset USERNAME</code>).
        </p>
      </div>
    </div>
  );
}
