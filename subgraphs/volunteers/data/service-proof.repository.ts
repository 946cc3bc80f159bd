import type { DataSource } from 'typeorm';
import { entities, maybeEntity, oneEntity } from '../../kit/runtime/sql';
import { newProofCode } from '../rules/codes';
import { proofLines, proofTrainings, sameFigures, type ServiceFiguresInput } from '../rules/proof';
import { ServiceProofEntity, type ProofTraining } from './service-proof.entity';

export function proofByCode(db: DataSource, code: string): Promise<ServiceProofEntity | null> {
  return maybeEntity(db, ServiceProofEntity, 'SELECT * FROM service_proof WHERE code = $1', [code]);
}

function latestProofOf(db: DataSource, volunteerId: string): Promise<ServiceProofEntity | null> {
  return maybeEntity(
    db,
    ServiceProofEntity,
    'SELECT * FROM service_proof WHERE volunteer_id = $1 ORDER BY issued_at DESC LIMIT 1',
    [volunteerId],
  );
}

function insertProof(db: DataSource, p: Omit<ServiceProofEntity, 'issuedAt'>): Promise<ServiceProofEntity> {
  return oneEntity(
    db,
    ServiceProofEntity,
    `INSERT INTO service_proof (code, volunteer_id, holder_name, confirmed_hours, record_count, project_count,
       organization_count, served_from, served_to, lines, trainings)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
    [
      p.code,
      p.volunteerId,
      p.holderName,
      p.confirmedHours,
      p.recordCount,
      p.projectCount,
      p.organizationCount,
      p.servedFrom,
      p.servedTo,
      // jsonb: pg would send a JavaScript array as a Postgres array, so the JSON text is bound instead.
      JSON.stringify(p.lines),
      JSON.stringify(p.trainings),
    ],
  );
}

/**
 * The volunteer's current proof of service: the last one issued while the figures (training included) are
 * unchanged, otherwise a new one. Every proof is kept, so a code printed earlier still verifies, with the figures
 * it was printed with.
 * `holderName` is the public name: anyone holding the code reads it.
 */
export async function obtainProof(
  db: DataSource,
  volunteerId: string,
  holderName: string,
  s: ServiceFiguresInput,
  trainings: readonly ProofTraining[],
): Promise<ServiceProofEntity> {
  const latest = await latestProofOf(db, volunteerId);
  if (latest && sameFigures(latest, holderName, s, trainings)) return latest;
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
    trainings: proofTrainings(trainings),
  });
}

/** Every proof issued to a volunteer, newest first (their data export). */
export function proofsOf(db: DataSource, volunteerId: string): Promise<ServiceProofEntity[]> {
  return entities(
    db,
    ServiceProofEntity,
    'SELECT * FROM service_proof WHERE volunteer_id = $1 ORDER BY issued_at DESC, code',
    [volunteerId],
  );
}
