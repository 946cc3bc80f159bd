import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Writers of confirmed service records take one lock before any rollup row (issue 14: concurrent bulk confirmations
 * could fail with "deadlock detected").
 *
 * A statement that confirms, corrects or deletes records moves several rollups in turn: campaign figures, the daily
 * figures, each volunteer's service days, the people marks (with city-wide `*` cells on any volunteer's first or
 * last day), and the monthly mirrors of the two. Each upsert is ordered, but a mirror is moved twice per statement
 * (once for the daily rows the upsert inserted, once for those it updated) and a transaction may write records in
 * several statements, so two transactions could each hold a row the other's next step needs; PostgreSQL then aborts
 * one of them, and an organizer's confirmation fails.
 *
 * So the first after-statement trigger on `service_record` (triggers of one event fire in name order, and
 * `service_record_before_rollups_*` sorts before `service_record_campaign_*` and `service_record_stats_*`) takes a
 * transaction-level advisory lock when the statement changes a confirmed record: writers of confirmed records queue
 * on it until commit, and no two hold rollup rows at once. They already queued on today's city-wide people marks
 * (every volunteer's last day is usually today), so little concurrency is given up; check-outs, which write PENDING
 * records, and sign-ups, whose counters are one row each, do not take it. The key is the table's own oid in the
 * two-integer key space, apart from the `hashtext` keys other code locks on.
 */
export class RollupLock1765500000040 implements MigrationInterface {
  name = 'RollupLock1765500000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION lock_service_rollups() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    DECLARE
      confirmed boolean := false;
    BEGIN
      -- A transition table exists only for the events that have it, so each is read under its own branch.
      IF TG_OP <> 'INSERT' THEN
        confirmed := EXISTS (SELECT 1 FROM old_rows WHERE status = 'CONFIRMED');
      END IF;
      IF NOT confirmed AND TG_OP <> 'DELETE' THEN
        confirmed := EXISTS (SELECT 1 FROM new_rows WHERE status = 'CONFIRMED');
      END IF;
      IF confirmed THEN
        PERFORM pg_advisory_xact_lock(TG_RELID::int, 0);
      END IF;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER service_record_before_rollups_insert AFTER INSERT ON service_record
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lock_service_rollups()`);
    await q.query(`CREATE TRIGGER service_record_before_rollups_update AFTER UPDATE ON service_record
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lock_service_rollups()`);
    await q.query(`CREATE TRIGGER service_record_before_rollups_delete AFTER DELETE ON service_record
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lock_service_rollups()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER service_record_before_rollups_${t} ON service_record`);
    await q.query('DROP FUNCTION lock_service_rollups()');
  }
}
