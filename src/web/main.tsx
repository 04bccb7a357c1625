import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './sightline.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

// GOV.UK Frontend styles some components differently once it knows scripts run.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
