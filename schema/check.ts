import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { repoPath } from '../subgraphs/kit/runtime/paths';
import { composeSupergraph } from './compose';

export const ACKNOWLEDGED_FILE = repoPath('schema', 'acknowledged-changes.json');

/** A breaking change shipped on purpose: the change as the check prints it (path and message), and why. */
const acknowledgedSchema = z.array(
  z
    .object({
      path: z.string(),
      message: z.string().min(1),
      reason: z.string().trim().min(1, 'say why clients can live with this change'),
    })
    .strict(),
);
export type Acknowledged = z.infer<typeof acknowledgedSchema>[number];

export interface SchemaCheck {
  breaking: Change[];
  /** Breaking changes nobody acknowledged: any one fails the check. */
  unacknowledged: Change[];
  dangerous: Change[];
  safe: Change[];
}

/**
 * What clients see of a supergraph: its API schema. Diffing that, not the supergraph SDL, ignores moves between
 * subgraphs (join__ directives) and @inaccessible fields, which no client can call.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

const sameChange = (a: Acknowledged, c: Change) => a.path === (c.path ?? '') && a.message === c.message;

/** Sorts the changes from `base` to `next` by criticality; a breaking change passes only when acknowledged. */
export async function checkSchemaChange(
  base: GraphQLSchema,
  next: GraphQLSchema,
  acknowledged: readonly Acknowledged[],
): Promise<SchemaCheck> {
  const changes = await diff(base, next);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    breaking,
    unacknowledged: breaking.filter((c) => !acknowledged.some((a) => sameChange(a, c))),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

export function readAcknowledged(file = ACKNOWLEDGED_FILE): Acknowledged[] {
  const parsed = acknowledgedSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The human report, with a ready-to-paste entry for each unacknowledged breaking change. */
export function formatCheck(check: SchemaCheck): string {
  // Description changes quote whole descriptions: one line each, shortened, keeps the report readable.
  const oneLine = (text: string) => {
    const t = text.replace(/\s+/g, ' ');
    return t.length > 200 ? `${t.slice(0, 199)}…` : t;
  };
  const line = (mark: string, c: Change) => `  ${mark} ${c.path ?? '(schema)'}: ${oneLine(c.message)}`;
  const out = [
    `${check.breaking.length} breaking (${check.breaking.length - check.unacknowledged.length} acknowledged), ` +
      `${check.dangerous.length} dangerous, ${check.safe.length} safe`,
    ...check.breaking.map((c) => line(check.unacknowledged.includes(c) ? '✖ BREAKING    ' : '✔ acknowledged', c)),
    ...check.dangerous.map(
      (c) => line('⚠ dangerous   ', c) + (c.criticality.reason ? ` (${c.criticality.reason})` : ''),
    ),
    ...check.safe.map((c) => line('· safe        ', c)),
  ];
  if (check.unacknowledged.length) {
    out.push(
      '',
      'Clients built against the previous schema would break. Keep the old field or type (deprecate it) instead, or,',
      `if this is intended, add each change to schema/acknowledged-changes.json with the reason:`,
      JSON.stringify(
        check.unacknowledged.map((c) => ({ path: c.path ?? '', message: c.message, reason: '…' })),
        null,
        2,
      ),
    );
  }
  return out.join('\n');
}

/** The committed supergraph at `ref`, or undefined when that commit has none (the supergraph is new there). */
function supergraphAt(ref: string): string | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repoPath(), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git('cat-file', '-e', `${ref}:schema/supergraph.graphql`);
  } catch {
    return undefined;
  }
  return git('show', `${ref}:schema/supergraph.graphql`);
}

function refExists(ref: string): boolean {
  try {
    execFileSync('git', ['-C', repoPath(), 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  // CI runs on main after a change landed: the previous commit on the first-parent line is main before it.
  const explicit = process.env.SCHEMA_BASE_REF?.trim();
  const ref = explicit || 'HEAD^1';
  if (!refExists(ref)) {
    if (explicit) {
      console.error(`SCHEMA_BASE_REF=${ref} names no commit here (a shallow clone? git fetch --deepen=1).`);
      return 1;
    }
    console.log(`Schema check: no previous commit (${ref}) to compare with; nothing to check.`);
    return 0;
  }
  const baseSdl = supergraphAt(ref);
  if (baseSdl === undefined) {
    console.log(`Schema check: ${ref} has no schema/supergraph.graphql; nothing to compare with.`);
    return 0;
  }
  const check = await checkSchemaChange(apiSchemaOf(baseSdl), apiSchemaOf(composeSupergraph()), readAcknowledged());
  console.log(`Schema check of the composed supergraph against ${ref}: ${formatCheck(check)}`);
  return check.unacknowledged.length ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`Schema check failed to run: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
