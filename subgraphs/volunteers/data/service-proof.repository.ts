import type { DataSource } from 'typeorm';
import { newProofCode } from '../rules/codes';
import { proofLines, sameFigures, type ServiceFiguresInput } from '../rules/proof';
import { ServiceProofEntity } from './service-proof.entity';

export function proofByCode(db: DataSource, code: string): Promise<ServiceProofEntity | null> {
  return db.getRepository(ServiceProofEntity).findOneBy({ code });
}

function latestProofOf(db: DataSource, volunteerId: string): Promise<ServiceProofEntity | null> {
  return db.getRepository(ServiceProofEntity).findOne({ where: { volunteerId }, order: { issuedAt: 'DESC' } });
}

function insertProof(db: DataSource, proof: Omit<ServiceProofEntity, 'issuedAt'>): Promise<ServiceProofEntity> {
  const repo = db.getRepository(ServiceProofEntity);
  return repo.save(repo.create(proof));
}

/**
 * The volunteer's current proof of service: the last one issued while the figures are unchanged, otherwise a new
 * one. Every proof is kept, so a code printed earlier still verifies, with the figures it was printed with.
 * `holderName` is the public name: anyone holding the code reads it.
 */
export async function obtainProof(
  db: DataSource,
  volunteerId: string,
  holderName: string,
  s: ServiceFiguresInput,
): Promise<ServiceProofEntity> {
  const latest = await latestProofOf(db, volunteerId);
  if (latest && sameFigures(latest, holderName, s)) return latest;
  return insertProof(db, {
    code: newProofCode(),
    volunteerId,
    holderName,
    confirmedHours: s.confirmedHours,
    recordCount: s.recordCount ?? 0,
    projectCount: s.projectCount,
    organizationCount: s.organizationCount,
    servedFrom: s.firstServedOn ?? null,
    servedTo: s.lastServedOn ?? null,
    lines: proofLines(s),
  });
}
