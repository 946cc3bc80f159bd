import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A proof lists the projects and recording organizations behind its hours (national rules on proofs of service). */
export class ProofLines1764300700000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_proof ADD COLUMN lines jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE service_proof DROP COLUMN lines');
  }
}
