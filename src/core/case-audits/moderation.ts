import type { CaseAudit } from './audit.ts';

/** How often moderators agreed with auditors: on the overall grade, and domain by domain. */
export interface ModerationAgreement {
  readonly moderated: number;
  /** Moderated audits whose overall grade the moderator kept. */
  readonly agreed: number;
  /** agreed / moderated as a percentage; null with nothing moderated. */
  readonly rate: number | null;
  readonly domainsCompared: number;
  readonly domainsAgreed: number;
  readonly domainRate: number | null;
}

/**
 * Agreement between auditors and moderators over the moderated audits. Councils report it as a check
 * that auditors grade alike: a low rate says the grades cannot yet be trusted to show a trend.
 */
export function moderationAgreement(audits: Iterable<CaseAudit>): ModerationAgreement {
  let moderated = 0;
  let agreed = 0;
  let domainsCompared = 0;
  let domainsAgreed = 0;
  for (const a of audits) {
    if (!a.moderation) continue;
    moderated++;
    if (a.moderation.overall === a.overall) agreed++;
    const auditor = new Map(a.grades.map((g) => [g.domain, g.grade]));
    for (const g of a.moderation.grades) {
      if (!auditor.get(g.domain)) continue;
      domainsCompared++;
      if (auditor.get(g.domain) === g.grade) domainsAgreed++;
    }
  }
  const percent = (n: number, d: number) => (d === 0 ? null : (n / d) * 100);
  return { moderated, agreed, rate: percent(agreed, moderated), domainsCompared, domainsAgreed, domainRate: percent(domainsAgreed, domainsCompared) };
}
