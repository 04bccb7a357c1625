/** What is wrong with something a person entered: the field (as the API names it) and plain words. */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

/** The problems as one sentence for an error's message: each names its field. */
export function describeProblems(problems: readonly InputProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join(' ');
}
