import { sumStudyHours } from '../rules/training';
import type { ServiceProofResolvers } from './types.generated';

export const ServiceProof: ServiceProofResolvers = {
  issuedAt: (p) => new Date(p.issuedAt).toISOString(),
  trainings: (p) => p.trainings ?? [],
  trainingHours: (p) => sumStudyHours(p.trainings ?? []),
  // Project titles and organization names come from their own subgraphs through the gateway.
  lines: (p) =>
    (p.lines ?? []).map((l) => ({
      project: { id: l.projectId },
      organization: { id: l.organizationId },
      hours: l.hours,
      recordCount: l.recordCount,
      servedFrom: l.firstServedOn,
      servedTo: l.lastServedOn,
    })),
};
