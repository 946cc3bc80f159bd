import type { ServiceProofEntity } from '../data/service-proof.entity';

export const ServiceProof = {
  issuedAt: (p: ServiceProofEntity) => new Date(p.issuedAt).toISOString(),
  // Project titles and organization names come from their own subgraphs through the gateway.
  lines: (p: ServiceProofEntity) =>
    (p.lines ?? []).map((l) => ({
      project: { id: l.projectId },
      organization: { id: l.organizationId },
      hours: l.hours,
      recordCount: l.recordCount,
      servedFrom: l.firstServedOn,
      servedTo: l.lastServedOn,
    })),
};
