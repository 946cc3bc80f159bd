import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proofs issued so far printed the display name, which defaulted to the real name, and anyone with the code can
 * read it. Rewrites those holder names to the public name the proof would get now (rules/visibility.ts): 青聚志愿者
 * for a volunteer under 18 (or of unknown age), the masked real name (王*明, 王*) where the name is the real one.
 * Nicknames stay. One way: the real names are not kept anywhere a proof could get them back from.
 */
export class PublicHolderNames1764610000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE service_proof p SET holder_name = CASE
          WHEN v.birth_date IS NULL OR v.birth_date > (now() AT TIME ZONE 'UTC')::date - interval '18 years'
          THEN '青聚志愿者'
          WHEN char_length(v.real_name) <= 1 THEN '*'
          WHEN char_length(v.real_name) = 2 THEN left(v.real_name, 1) || '*'
          ELSE left(v.real_name, 1) || repeat('*', char_length(v.real_name) - 2) || right(v.real_name, 1)
        END
        FROM volunteer v
       WHERE v.id = p.volunteer_id
         AND (v.birth_date IS NULL OR v.birth_date > (now() AT TIME ZONE 'UTC')::date - interval '18 years'
         OR p.holder_name = v.real_name)`);
  }

  async down(): Promise<void> {
    // Nothing to restore: the masked names replaced real ones on purpose.
  }
}
