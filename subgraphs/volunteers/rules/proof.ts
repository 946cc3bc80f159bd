import type { ProofLine, ProofTraining, ServiceProofEntity } from '../data/service-proof.entity';

/** The projects subgraph's ServiceSummary figures, as a proof of service records them. */
export interface ServiceFiguresInput {
  confirmedHours: number;
  recordCount?: number;
  projectCount: number;
  organizationCount: number;
  firstServedOn?: string | null;
  lastServedOn?: string | null;
  lines?: ProofLine[];
}

/** The lines as stored: only the fields a proof prints, keys in one order (jsonb does not keep them). */
export function proofLines(s: { lines?: ProofLine[] | null }): ProofLine[] {
  return (s.lines ?? []).map(({ projectId, organizationId, hours, recordCount, firstServedOn, lastServedOn }) => ({
    projectId,
    organizationId,
    hours,
    recordCount,
    firstServedOn,
    lastServedOn,
  }));
}

/** The training lines as stored: the fields a proof prints, keys in one order, the most recent first. */
export function proofTrainings(trainings: readonly ProofTraining[]): ProofTraining[] {
  return trainings.map(({ courseCode, courseName, content, studyHours, organizer, completedOn }) => ({
    courseCode,
    courseName,
    content,
    studyHours,
    organizer,
    completedOn,
  }));
}

/** True when an issued proof still states the volunteer's current figures (and name), so it can be handed out again. */
export function sameFigures(
  p: ServiceProofEntity,
  holderName: string,
  s: ServiceFiguresInput,
  trainings: readonly ProofTraining[] = [],
): boolean {
  return (
    p.holderName === holderName &&
    p.confirmedHours === s.confirmedHours &&
    p.recordCount === (s.recordCount ?? 0) &&
    p.projectCount === s.projectCount &&
    p.organizationCount === s.organizationCount &&
    p.servedFrom === (s.firstServedOn ?? null) &&
    p.servedTo === (s.lastServedOn ?? null) &&
    JSON.stringify(proofLines(p)) === JSON.stringify(proofLines(s)) &&
    JSON.stringify(proofTrainings(p.trainings ?? [])) === JSON.stringify(proofTrainings(trainings))
  );
}
