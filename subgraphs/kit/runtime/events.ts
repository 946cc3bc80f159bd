import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';

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

/** What a handler gets besides the payload: its transaction (the inbox record's) and the event's envelope. */
export interface EventContext {
  manager: EntityManager;
  event: Omit<DomainEvent, 'payload'>;
}

/**
 * A handler of one event type, made by a catalogue's `on`: `read` is the catalogue's reading of a delivered payload,
 * `handle` gets only what `read` accepted. It runs in one transaction with the inbox record, so a crash never
 * applies it twice. (`handle` is a method so that a list of consumers of different types is one type.)
 */
export interface Consumer<P = unknown> {
  readonly type: string;
  read(payload: unknown): z.ZodSafeParseResult<P>;
  handle(payload: P, ctx: EventContext): Promise<void>;
}

/**
 * One event type in a catalogue: the payload producers write now (`schema`), and shapes earlier producers wrote
 * that consumers still read (`legacy`, each turned into the current shape), since an outbox or a relay retry can
 * hold events written before a deploy.
 */
export interface EventSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  legacy?: readonly z.ZodType<z.output<S>>[];
}

/** A payload as consumers get it (defaults filled in, legacy shapes upgraded). */
export type PayloadOf<C extends Record<string, EventSpec>, T extends keyof C> = z.output<C[T]['schema']>;
/** A payload as a producer writes it (fields with a default may be left out). */
export type PayloadInput<C extends Record<string, EventSpec>, T extends keyof C> = z.input<C[T]['schema']>;

/** Where a payload departs from its schema, by path and issue code only: never the values, which may be personal. */
export function describeIssues(error: z.ZodError): { path: string; code: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(payload)', code: i.code }));
}

/**
 * Binds a set of event types to typed `emit` and `on`. The city declares its one catalogue (event-catalogue.ts);
 * a test of the kit may declare its own types the same way.
 */
export function defineCatalogue<C extends Record<string, EventSpec>>(specs: C) {
  type Type = keyof C & string;
  const specOf = (type: string): EventSpec => {
    // Own properties only: a type named `constructor` must not find Object's.
    if (!Object.hasOwn(specs, type)) throw new Error(`Event type ${JSON.stringify(type)} is not in the catalogue`);
    return specs[type]!;
  };
  return {
    types: Object.keys(specs) as Type[],
    /**
     * Checks the payload against the type's schema and records what the schema keeps (unknown keys dropped,
     * defaults filled) in the outbox, in the caller's transaction. A payload that does not match throws here, so the
     * producer's transaction fails instead of peers receiving an event they would drop.
     */
    async emit<T extends Type>(manager: EntityManager, type: T, payload: PayloadInput<C, T>): Promise<string> {
      const parsed = specOf(type).schema.safeParse(payload);
      if (!parsed.success) {
        const where = describeIssues(parsed.error).map((i) => `${i.path} (${i.code})`);
        throw new Error(`Payload of ${type} does not match the event catalogue: ${where.join(', ')}`);
      }
      return emitEvent(manager, type, parsed.data as object);
    },
    /** A handler of `type`, given the payload as the catalogue reads it. */
    on<T extends Type>(
      type: T,
      handle: (payload: PayloadOf<C, T>, ctx: EventContext) => Promise<void>,
    ): Consumer<PayloadOf<C, T>> {
      const spec = specOf(type);
      return {
        type,
        read(payload) {
          const current = spec.schema.safeParse(payload);
          if (current.success) return current as z.ZodSafeParseResult<PayloadOf<C, T>>;
          for (const older of spec.legacy ?? []) {
            const upgraded = older.safeParse(payload);
            if (upgraded.success) return upgraded as z.ZodSafeParseResult<PayloadOf<C, T>>;
          }
          return current as z.ZodSafeParseResult<PayloadOf<C, T>>;
        },
        handle,
      };
    },
  };
}

/** What became of an event handed to a subgraph's consumers. */
export type Applied = { ok: true } | { ok: false; issues: { path: string; code: string }[] };

/**
 * Runs the consumers of `event.type` on it in the caller's transaction, after reading its payload with the
 * catalogue. A payload that does not match cannot become valid by retrying it: nothing runs and the issues are
 * returned (the inbox logs them and acknowledges the event, as handlers used to do with malformed events).
 */
export async function applyEvent(
  consumers: readonly Consumer[],
  event: DomainEvent<unknown>,
  manager: EntityManager,
): Promise<Applied> {
  const ctx: EventContext = {
    manager,
    event: { id: event.id, type: event.type, source: event.source, occurredAt: event.occurredAt },
  };
  // Every consumer's reading first, so a payload one of them refuses changes nothing.
  const runs: (() => Promise<void>)[] = [];
  for (const consumer of consumers) {
    if (consumer.type !== event.type) continue;
    const read = consumer.read(event.payload);
    if (!read.success) return { ok: false, issues: describeIssues(read.error) };
    runs.push(() => consumer.handle(read.data, ctx));
  }
  for (const run of runs) await run();
  return { ok: true };
}

/** The types a list of consumers handles, each once, sorted. */
export function consumedTypes(consumers: readonly Consumer[]): string[] {
  return [...new Set(consumers.map((c) => c.type))].sort();
}

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
 * transaction commits. Payloads carry what consumers need and no more (no ID or phone numbers). Producers call the
 * catalogue's typed `emit`, which checks the payload first; this is its last step.
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
