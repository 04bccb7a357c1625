import { RAG_NAMES, type Rag } from '../../../core/improvement-plan/rag.ts';
import { RISK_RAG_NAMES, type RiskRag } from '../../../core/improvement-plan/risk.ts';

/** GOV.UK tag colours for each rating; the tag always says the rating in words too, never colour alone. */
const RAG_COLOURS: Readonly<Record<Rag, string>> = { red: 'red', amber: 'orange', green: 'green', complete: 'blue' };
const RISK_COLOURS: Readonly<Record<RiskRag, string>> = { red: 'red', amber: 'orange', green: 'green', closed: 'grey' };

export function RagTag({ rag }: { rag: Rag }) {
  return <strong className={`govuk-tag govuk-tag--${RAG_COLOURS[rag]}`}>{RAG_NAMES[rag]}</strong>;
}

export function RiskTag({ rag }: { rag: RiskRag }) {
  return <strong className={`govuk-tag govuk-tag--${RISK_COLOURS[rag]}`}>{RISK_RAG_NAMES[rag]}</strong>;
}
