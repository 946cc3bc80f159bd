import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { appError, badInput, conflict, forbidden, unauthenticated } from '../../kit/runtime/errors';
import type { EventPayload } from '../../kit/runtime/event-catalogue';
import {
  coverOfProject,
  hasPolicy,
  insertProgram,
  issuePolicy,
  liveVolunteersOfProject,
  lockProgram,
  programsByIds,
  programsForEventDay,
  programsForProjectDay,
  type ProgramRow,
} from '../data/insurance.repository';
import { campaignsByCodes } from '../data/campaign.repository';
import { findCategory } from '../data/taxonomy';
import type { ProjectRow } from '../rules/project-input';
import { isDate, shanghaiParts } from '../rules/time';

export interface ProgramInput {
  prefix: string;
  name: string;
  insurer: string;
  cover: string;
  maxPayout: number;
  quota: number;
  startsOn: string;
  endsOn: string;
  categoryCodes?: string[] | null;
  campaignCodes?: string[] | null;
  coversMajorEvents?: boolean | null;
}

/** The epidemic month's program (DOMAIN.md) had 7,000 policies; a quota far above a city's volunteers is a slip. */
const MAX_QUOTA = 1_000_000;

function text(value: string, field: string, min: number, max: number): string {
  const v = value.trim();
  if (v.length < min || v.length > max) throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  return v;
}

/**
 * A city admin records an insurance program. What it covers is fixed when it is created: volunteers already
 * enrolled hold policies under these terms, so a program is not edited afterwards (a new one is made instead).
 */
export async function createProgram(db: DataSource, caller: Caller, input: ProgramInput): Promise<ProgramRow> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a city admin to create insurance programs.');
  if (caller.kind !== 'cityAdmin') throw forbidden('Only city admins create insurance programs.');
  const prefix = input.prefix.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9]{1,11}$/.test(prefix))
    throw badInput('prefix must be 2 to 12 letters or digits, starting with a letter (e.g. EPI2026).', 'prefix');
  for (const k of ['startsOn', 'endsOn'] as const)
    if (!isDate(input[k])) throw badInput(`${k} must be a date written YYYY-MM-DD.`, k);
  if (input.endsOn < input.startsOn) throw badInput('endsOn must be on or after startsOn.', 'endsOn');
  if (!Number.isInteger(input.quota) || input.quota < 1 || input.quota > MAX_QUOTA)
    throw badInput(`quota must be a whole number of policies from 1 to ${MAX_QUOTA}.`, 'quota');
  if (
    !(input.maxPayout > 0 && input.maxPayout <= 100_000_000) ||
    Math.round(input.maxPayout * 100) !== input.maxPayout * 100
  )
    throw badInput('maxPayout must be more than 0 and at most 100,000,000 CNY, to the fen.', 'maxPayout');
  const categoryCodes = [...new Set(input.categoryCodes ?? [])];
  const bad = categoryCodes.find((c) => !findCategory(c));
  if (bad) throw badInput(`categoryCodes: ${bad} is not one of the 10 major categories.`, 'categoryCodes');
  const campaignCodes = [...new Set(input.campaignCodes ?? [])];
  const known = await campaignsByCodes(db, campaignCodes);
  const unknown = campaignCodes.find((c) => !known.some((k) => k.code === c));
  if (unknown) throw badInput(`campaignCodes: no campaign has the code ${unknown} (see campaigns).`, 'campaignCodes');
  const coversMajorEvents = !!input.coversMajorEvents;
  if (!categoryCodes.length && !campaignCodes.length && !coversMajorEvents)
    throw badInput('Say what the program covers: categoryCodes, campaignCodes or coversMajorEvents.', 'categoryCodes');
  const program = await insertProgram(db, {
    prefix,
    name: text(input.name, 'name', 2, 120),
    insurer: text(input.insurer, 'insurer', 2, 80),
    cover: text(input.cover, 'cover', 2, 300),
    maxPayout: input.maxPayout,
    quota: input.quota,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    categoryCodes,
    campaignCodes,
    coversMajorEvents,
    createdBy: caller.accountId,
  });
  if (!program) throw conflict(`Another program numbers its policies ${prefix}-…; choose another prefix.`);
  return program;
}

/**
 * Why program `programId` cannot be a risky project's cover (it must hold over the project's whole period and cover
 * its category or campaign); null when it can.
 */
export async function programCoverRefusal(m: EntityManager, row: ProjectRow): Promise<string | null> {
  const [program] = await programsByIds(m, [row.insuranceProgramId!]);
  if (!program) return 'No insurance program has this id (see insurancePrograms).';
  if (program.startsOn > row.startsOn || program.endsOn < row.endsOn)
    return (
      `The program ${program.name} runs ${program.startsOn} to ${program.endsOn} ` +
      "and does not cover the project's whole period."
    );
  const covers =
    (row.categoryCode && program.categoryCodes.includes(row.categoryCode)) ||
    (row.campaignCode && program.campaignCodes.includes(row.campaignCode));
  if (!covers) return `The program ${program.name} covers neither the project's category nor its campaign.`;
  return null;
}

/**
 * Enrols `volunteerId` in `programId` (locked here) unless they hold its policy already; false when the quota is
 * used up. Under the program's row lock, so however many enrol at once, no more than the quota do.
 */
async function enrolIn(
  m: EntityManager,
  programId: string,
  volunteerId: string,
  via: { projectId?: string; deploymentId?: string },
): Promise<boolean> {
  const program = await lockProgram(m, programId);
  if (await hasPolicy(m, programId, volunteerId)) return true;
  if (program.enrolled >= program.quota) return false;
  await issuePolicy(m, programId, volunteerId, via);
  return true;
}

/**
 * In the transaction that gave a volunteer a place (a sign-up, a promotion, a family sign-up, an app's sign-up for
 * them), enrols them in every program covering the project on the shift's day, one policy per program. On work that
 * is not risky a program with no policy left is passed over: the place stands without that policy. A risky project
 * whose cover is a program is different: nobody may serve it uncovered, so a waitlist place enrols too (a promotion
 * can then never leave someone uncovered), and a used-up quota refuses the place (INSURANCE_QUOTA_EXHAUSTED).
 */
export async function enrolForPlace(
  m: EntityManager,
  volunteerId: string,
  projectId: string,
  shiftStartsAt: Date,
  status: string,
): Promise<void> {
  const programs = await programsForProjectDay(m, projectId, shanghaiParts(shiftStartsAt).date);
  if (!programs.length) return;
  const cover = await coverOfProject(m, projectId);
  if (status !== 'CONFIRMED' && !cover.programIsCover) return;
  for (const programId of programs) {
    const enrolled = await enrolIn(m, programId, volunteerId, { projectId });
    if (!enrolled && cover.programIsCover && programId === cover.programId)
      throw appError(
        'INSURANCE_QUOTA_EXHAUSTED',
        "This risky project's insurance program has no policy left, and nobody may serve it uncovered; " +
          'the organizer must arrange other cover before more volunteers can sign up.',
      );
  }
}

/**
 * A risky project just took a program as its cover (or became risky under one): everyone already holding a place
 * must be covered too, in the same transaction, or the change is refused.
 */
export async function enrolProjectVolunteers(m: EntityManager, projectId: string): Promise<void> {
  for (const { volunteerId, day } of await liveVolunteersOfProject(m, projectId))
    await enrolForPlace(m, volunteerId, projectId, new Date(`${day}T12:00:00+08:00`), 'CONFIRMED');
}

/**
 * A volunteer deployed to a major event's work (majorevents' `event.deployed`) is enrolled in every program covering
 * major events, or the event's campaign, on the day served. A program out of policies passes them over: the
 * deployment has happened, and the event's own organizers answer for their cover.
 */
export async function enrolDeployed(m: EntityManager, e: EventPayload<'event.deployed'>): Promise<void> {
  for (const programId of await programsForEventDay(m, e.campaignCode, e.servedOn))
    await enrolIn(m, programId, e.volunteerId, { deploymentId: e.deploymentId });
}
