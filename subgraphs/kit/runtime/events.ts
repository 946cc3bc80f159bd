import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * A fact one subgraph tells the others (organization verified, volunteer registered, need converted...).
 * Writes that must reach another subgraph travel as events: the producer records them in its own `outbox` table in
 * the same transaction as the change (so nothing is half-written), the kit's relay delivers them at least once, in the
 * order their transactions began writing (emit order within one), to the subgraphs that consume their type, and
 * each consumer handles an event at most once (its `inbox` remembers event ids).
 */
export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  /** The producing subgraph. */
  source: string;
  occurredAt: string;
  payload: P;
}

/** A consumer's handler; it runs in one transaction with the inbox record, so a crash never applies it twice. */
export type EventHandler = (event: DomainEvent<any>, manager: EntityManager) => Promise<void>;

/** Tables the kit keeps in every subgraph's schema, created before the subgraph's own migrations. */
export const EVENT_TABLES_SQL = [
  // `txid` is the writing transaction's id. `seq` alone is no commit order (a transaction may take seq 5 and commit
  // after the one that took seq 6), so the relay reads only rows whose transaction is older than every transaction
  // still running, in (txid, seq) order; see relay.ts.
  `CREATE TABLE IF NOT EXISTS outbox (
     seq bigserial PRIMARY KEY,
     id uuid NOT NULL UNIQUE,
     type varchar(64) NOT NULL,
     payload jsonb NOT NULL,
     occurred_at timestamptz NOT NULL DEFAULT now(),
     txid xid8 NOT NULL DEFAULT pg_current_xact_id()
   )`,
  // Outboxes from before txid existed: their rows get txid 0, so they sort before every new one, in seq order as
  // they were delivered until then. Only when the column is missing, so a normal start takes no table lock.
  `DO $$ BEGIN
     IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = 'outbox' AND column_name = 'txid') THEN
       ALTER TABLE outbox ADD COLUMN txid xid8 NOT NULL DEFAULT '0';
       ALTER TABLE outbox ALTER COLUMN txid SET DEFAULT pg_current_xact_id();
     END IF;
   END $$`,
  `CREATE INDEX IF NOT EXISTS outbox_delivery_order ON outbox (txid, seq)`,
  // How far each peer has been sent this subgraph's outbox, as a (txid, seq) position; a cursor from before txid
  // existed keeps its seq with txid 0, which is where the migrated rows sit.
  `CREATE TABLE IF NOT EXISTS outbox_cursor (peer varchar(64) PRIMARY KEY, seq bigint NOT NULL)`,
  `ALTER TABLE outbox_cursor ADD COLUMN IF NOT EXISTS txid xid8 NOT NULL DEFAULT '0'`,
  // Events this subgraph has handled, by id: redelivery is acknowledged without running the handler again.
  `CREATE TABLE IF NOT EXISTS inbox (
     event_id uuid PRIMARY KEY,
     source varchar(64) NOT NULL,
     type varchar(64) NOT NULL,
     handled_at timestamptz NOT NULL DEFAULT now()
   )`,
];

/**
 * Records an event in the producer's outbox inside the caller's transaction; it is delivered only if that
 * transaction commits. Payloads carry what consumers need and no more (no ID or phone numbers).
 */
export async function emitEvent(manager: EntityManager, type: string, payload: object): Promise<string> {
  const id = crypto.randomUUID();
  await manager.query('INSERT INTO outbox (id, type, payload) VALUES ($1, $2, $3)', [
    id,
    type,
    JSON.stringify(payload),
  ]);
  // Delivered to the relay's LISTEN only when the transaction commits, so the relay wakes for committed events only.
  await manager.query(`SELECT pg_notify('qingju_outbox_' || current_schema(), '')`);
  return id;
}
