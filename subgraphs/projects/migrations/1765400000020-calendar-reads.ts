import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The project calendar at city size (issue 14): its day figures and its first shifts of each day read shifts by start
 * time and keep those of published or closed projects. With only `shift_starts_idx` PostgreSQL fetched every shift
 * of the month from the table (5,700 shifts on 1,900 pages for a month of the seeded city) and hashed all 48,000
 * projects from a sequential scan of the project table, 60–480 ms per statement on the loaded test machine. With
 * these two both sides are read from indexes alone (index-only scans, merged by project id): 20–35 ms.
 *
 * Plain CREATE INDEX: at city size each takes under half a second (shift: 164,000 rows, 11 MB; project: 1.5 MB),
 * during which writes to that table wait; reads do not.
 */
export class CalendarReads1765400000020 implements MigrationInterface {
  name = 'CalendarReads1765400000020';

  async up(q: QueryRunner): Promise<void> {
    // What the calendar reads of a shift; cancelled shifts are never on it.
    await q.query(`CREATE INDEX IF NOT EXISTS shift_calendar_idx ON shift (starts_at)
      INCLUDE (id, project_id, capacity, signed_up) WHERE cancelled_at IS NULL`);
    // The projects whose shifts the calendar shows.
    await q.query(
      `CREATE INDEX IF NOT EXISTS project_listed_idx ON project (id) WHERE status IN ('PUBLISHED', 'CLOSED')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX project_listed_idx');
    await q.query('DROP INDEX shift_calendar_idx');
  }
}
