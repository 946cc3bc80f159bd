import type { ServiceProofEntity } from '../data/service-proof.entity';

export const ServiceProof = {
  issuedAt: (p: ServiceProofEntity) => new Date(p.issuedAt).toISOString(),
};
