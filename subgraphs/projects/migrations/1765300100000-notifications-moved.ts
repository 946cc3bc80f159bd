import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications moved to their own subgraph (issue 16.3): this one now asks for them with `notification.requested`.
 * What volunteers were told so far is not lost: each row of the old `notification` table becomes such a request in
 * the outbox, dated when it was written (the inbox shows that date), unread, with a dedupe key of its own id. The
 * old rows kept only a message, so a shift the notice was about is found again from the volunteer's sign-up on the
 * project whose time of promotion, sign-up or cancellation lies nearest the notice (the project's first shift if
 * none is left), and an app's name is read back from the message, which began with it (「天府市民云」为您…).
 */
export class NotificationsMoved1765300100000 implements MigrationInterface {
  name = 'NotificationsMoved1765300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO outbox (id, type, payload, occurred_at)
      SELECT n.id, 'notification.requested',
             jsonb_build_object(
               'kind', n.kind,
               'recipient', jsonb_build_object('volunteerId', n.volunteer_id),
               'dedupeKey', 'moved-notification:' || n.id,
               'params', CASE n.kind
                 WHEN 'PROJECT_CANCELLED' THEN
                   jsonb_build_object('projectId', p.id, 'projectTitle', p.title, 'reason', p.cancel_reason)
                 ELSE
                   jsonb_build_object('projectId', p.id, 'projectTitle', p.title, 'shiftId', sh.id,
                     'shiftStartsAt', to_char(sh.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                   || CASE WHEN n.kind IN ('SIGNED_UP_VIA_APP', 'CANCELLED_VIA_APP') THEN
                        jsonb_build_object('appName', coalesce(substring(n.message FROM '^「([^」]+)」'), '合作应用'))
                      ELSE '{}'::jsonb END
                   || CASE WHEN n.kind = 'SIGNED_UP_VIA_APP' THEN
                        jsonb_build_object('waitlisted', n.message LIKE '%登记了候补%')
                      ELSE '{}'::jsonb END
               END),
             n.created_at
        FROM notification n
        JOIN project p ON p.id = n.project_id
        LEFT JOIN LATERAL (
          SELECT s.shift_id FROM signup s
           WHERE s.volunteer_id = n.volunteer_id AND s.project_id = n.project_id
           ORDER BY abs(extract(epoch FROM (CASE n.kind WHEN 'WAITLIST_PROMOTED' THEN s.promoted_at
                                                       WHEN 'CANCELLED_VIA_APP' THEN s.cancelled_at
                                                       ELSE s.created_at END) - n.created_at)) NULLS LAST,
                    s.created_at
           LIMIT 1) own ON true
        LEFT JOIN LATERAL (
          SELECT id, starts_at FROM shift
           WHERE id = own.shift_id OR (own.shift_id IS NULL AND project_id = n.project_id)
           ORDER BY starts_at LIMIT 1) sh ON true
       ORDER BY n.created_at, n.id`);
    await q.query('DROP TABLE notification');
  }

  async down(q: QueryRunner): Promise<void> {
    // The rows went to the notifications subgraph; what comes back is the empty table.
    await q.query(`CREATE TABLE notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL,
      project_id uuid NOT NULL REFERENCES project(id),
      kind varchar(32) NOT NULL,
      message varchar(500) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query('CREATE INDEX notification_volunteer_idx ON notification (volunteer_id, created_at DESC)');
  }
}
