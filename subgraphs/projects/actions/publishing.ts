import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appError, badInput, conflict, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { ProjectEntity } from '../data/project.entity';
import { insertProject, lockProject, updateProjectRow } from '../data/project.repository';
import { standingOf } from '../data/replica.repository';
import { courseName } from '../data/training.repository';
import { insertShifts, projectOfShift, setShiftPlaces, shiftSpan } from '../data/shift.repository';
import { announceSignupChange } from './signup-events';
import { cancelAllSignups, lockShift } from '../data/signup.repository';
import { tellVolunteer } from './notify';
import { findCategory, findSubcategory } from '../data/taxonomy';
import { organizationOf, requireSameOrganization, type Acting } from '../rules/access';
import { promoteFromWaitlist } from './signup';
import { checkCampaign } from './campaigns';
import { enrolProjectVolunteers, programCoverRefusal } from './insurance';
import {
  insuranceCovers,
  MAX_SHIFTS,
  mergeProject,
  shiftTimes,
  type ProjectFields,
  type ProjectRow,
  type ShiftInput,
} from '../rules/project-input';

const SHARE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Eight characters without look-alikes (0/o, 1/l/i): short enough for a link, 31^8 ≈ 850 billion codes. */
export function newShareCode(): string {
  return Array.from(crypto.randomBytes(8), (b) => SHARE_ALPHABET[b % SHARE_ALPHABET.length]).join('');
}

function checkTaxonomy(row: ProjectRow): void {
  if (!findCategory(row.categoryCode))
    throw badInput('categoryCode must be one of the 10 service categories (see serviceCategories).', 'categoryCode');
  const sub = findSubcategory(row.subcategoryCode);
  if (!sub || sub.categoryCode !== row.categoryCode) {
    throw badInput(
      `subcategoryCode must be a subcategory of ${row.categoryCode} (see serviceCategories).`,
      'subcategoryCode',
    );
  }
}

/** A required course must be one the volunteers subgraph announced, or no volunteer could ever sign up. */
async function checkCourse(m: EntityManager, row: ProjectRow): Promise<void> {
  if (row.requiredCourseCode && !(await courseName(m, row.requiredCourseCode)))
    throw badInput(
      `No training course has code ${row.requiredCourseCode}; choose one of trainingCourses.`,
      'requiredCourseCode',
    );
}

/** The stored project as the fields validation works on. */
const rowOf = (p: ProjectEntity): ProjectRow => ({ ...p });

export interface CreateProjectInput extends ProjectFields {
  shifts: ShiftInput[];
}

/** Creates a draft with its shifts in one transaction (nothing half-written when a shift is refused). */
export async function createProject(ctx: Acting, input: CreateProjectInput): Promise<ProjectEntity> {
  const organizationId = await organizationOf(ctx, 'create projects');
  const row = mergeProject(null, input);
  checkTaxonomy(row);
  if (input.shifts.length < 1 || input.shifts.length > MAX_SHIFTS)
    throw badInput(`Give 1 to ${MAX_SHIFTS} shifts.`, 'shifts');
  const shifts = input.shifts.map((s, i) => shiftTimes(s, row, `shifts[${i}]`));
  return ctx.db.transaction(async (m) => {
    await checkCourse(m, row);
    await checkCover(m, null, null, row);
    const project = await insertProject(m, { ...row, organizationId, status: 'DRAFT', shareCode: newShareCode() });
    await insertShifts(m, project.id, shifts);
    return project;
  });
}

/** Runs `change` on the locked project after checking the caller administers its organization. */
async function withOwnProject<T>(
  ctx: Acting,
  id: string,
  action: string,
  change: (m: EntityManager, p: ProjectEntity) => Promise<T>,
): Promise<T> {
  requireUuid(id, 'id');
  const mine = await organizationOf(ctx, action);
  return ctx.db.transaction(async (m) => {
    const project = await lockProject(m, id);
    if (!project) throw notFound('No project has this id.');
    requireSameOrganization(mine, project.organizationId, action);
    return change(m, project);
  });
}

/** Refuses a change the project's status does not allow (PROJECT_NOT_EDITABLE, naming the status). */
export function requireStatus(p: Pick<ProjectEntity, 'status'>, allowed: string[], action: string): void {
  if (!allowed.includes(p.status))
    throw appError('PROJECT_NOT_EDITABLE', `A ${p.status.toLowerCase()} project cannot be ${action}.`, {
      status: p.status,
    });
}

/**
 * Risky projects publish only with insurance covering the whole period (DOMAIN.md): a policy of their own, or an
 * insurance program named as their cover (checked whenever it is named, by `checkCover`).
 */
function requireInsurance(row: ProjectRow): void {
  if (row.riskLevel !== 'LOW' && !insuranceCovers(row) && !row.insuranceProgramId) {
    throw appError(
      'INSURANCE_REQUIRED',
      'A risky project needs a recorded accident insurance policy, or an insurance program (insuranceProgramId), ' +
        'covering its whole period before it is published.',
    );
  }
}

/**
 * The campaign a project serves under and the program it names as cover, checked against its (new) fields: a
 * program named must cover the project's period and its category or campaign, or naming it would promise cover that
 * enrolment then would not give.
 */
async function checkCover(m: EntityManager, projectId: string | null, before: ProjectRow | null, row: ProjectRow) {
  await checkCampaign(m, projectId, before?.campaignCode ?? null, row);
  if (!row.insuranceProgramId) return;
  const refusal = await programCoverRefusal(m, row);
  if (refusal) throw badInput(refusal, 'insuranceProgramId');
}

export function updateProject(ctx: Acting, id: string, changes: ProjectFields): Promise<ProjectEntity> {
  return withOwnProject(ctx, id, 'edit it', async (m, p) => {
    requireStatus(p, ['DRAFT', 'PUBLISHED'], 'edited');
    const row = mergeProject(rowOf(p), changes);
    checkTaxonomy(row);
    const span = await shiftSpan(m, p.id);
    if (span.first && (span.first < row.startsOn || span.last! > row.endsOn)) {
      throw badInput(`The period must still contain every shift (${span.first} to ${span.last}).`, 'startsOn');
    }
    await checkCover(m, p.id, rowOf(p), row);
    await checkCourse(m, row);
    if (p.status !== 'PUBLISHED') return updateProjectRow(m, { ...p, ...row, updatedAt: new Date() });
    requireInsurance(row);
    const updated = await updateProjectRow(m, { ...p, ...row, updatedAt: new Date() });
    // Those already holding places are covered by a program newly named, or newly needed, in this transaction.
    if (row.insuranceProgramId !== p.insuranceProgramId || row.riskLevel !== p.riskLevel)
      await enrolProjectVolunteers(m, p.id);
    return updated;
  });
}

export function addShift(ctx: Acting, projectId: string, input: ShiftInput) {
  return withOwnProject(ctx, projectId, 'add shifts', async (m, p) => {
    requireStatus(p, ['DRAFT', 'PUBLISHED'], 'given new shifts');
    const times = shiftTimes(input, p, 'input');
    if (times.endsAt.getTime() <= Date.now())
      throw badInput('The shift is already over; add shifts still to come.', 'input.date');
    const [shift] = await insertShifts(m, p.id, [times]);
    return shift;
  });
}

export function publishProject(ctx: Acting, id: string): Promise<ProjectEntity> {
  return withOwnProject(ctx, id, 'publish it', async (m, p) => {
    requireStatus(p, ['DRAFT'], 'published again');
    const standing = await standingOf(m, p.organizationId);
    if (!standing?.verified)
      throw appError(
        'ORGANIZATION_NOT_VERIFIED',
        'Your organization must be verified by the district before it publishes projects.',
      );
    if (standing.suspended)
      throw appError(
        'ORGANIZATION_SUSPENDED',
        'Your organization is suspended and cannot publish projects; contact the district admin.',
      );
    const row = rowOf(p);
    const missing = (
      ['description', 'categoryCode', 'subcategoryCode', 'address', 'contactName', 'contactPhone'] as const
    ).filter((k) => !row[k]);
    if (missing.length)
      throw appError('PROJECT_INCOMPLETE', `Fill in ${missing.join(', ')} before publishing.`, { fields: missing });
    requireInsurance(row);
    if ((await shiftSpan(m, p.id)).upcoming === 0)
      throw appError('NO_UPCOMING_SHIFT', 'Add a shift still to come before publishing.');
    return updateProjectRow(m, { ...p, status: 'PUBLISHED', publishedAt: new Date(), updatedAt: new Date() });
  });
}

export function closeProject(ctx: Acting, id: string): Promise<ProjectEntity> {
  return withOwnProject(ctx, id, 'close it', async (m, p) => {
    requireStatus(p, ['PUBLISHED'], 'closed');
    return updateProjectRow(m, { ...p, status: 'CLOSED', updatedAt: new Date() });
  });
}

/** Cancels the project and, in the same transaction, every sign-up, asking for each volunteer to be told. */
export function cancelProject(ctx: Acting, id: string, reason: string) {
  const why = reason.trim();
  if (why.length < 2 || why.length > 200)
    throw badInput('reason must be 2 to 200 characters: volunteers read it.', 'reason');
  return withOwnProject(ctx, id, 'cancel it', async (m, p) => {
    if (p.status === 'CANCELLED') throw conflict('This project is already cancelled.');
    const volunteers = await cancelAllSignups(m, p.id);
    for (const volunteerId of volunteers)
      await announceSignupChange(m, 'PROJECT_CANCELLED', { volunteerId, projectId: p.id });
    for (const volunteerId of volunteers)
      await tellVolunteer(m, volunteerId, {
        kind: 'PROJECT_CANCELLED',
        params: { projectId: p.id, projectTitle: p.title, reason: why },
        dedupeKey: `project:${p.id}:cancelled`,
      });
    return updateProjectRow(m, { ...p, status: 'CANCELLED', cancelReason: why, updatedAt: new Date() });
  });
}

/**
 * Changes a shift's places. It cannot drop below the volunteers already signed up or waiting; a larger capacity
 * goes to the waitlist first, in order, in the same transaction.
 */
export async function updateShift(
  ctx: Acting,
  id: string,
  places: { capacity: number; waitlistCapacity?: number | null },
) {
  requireUuid(id, 'id');
  const mine = await organizationOf(ctx, 'change its shifts');
  return ctx.db.transaction(async (m) => {
    const projectId = await projectOfShift(m, id);
    if (!projectId) throw notFound('No shift has this id.');
    const project = (await lockProject(m, projectId))!;
    requireSameOrganization(mine, project.organizationId, 'change its shifts');
    requireStatus(project, ['DRAFT', 'PUBLISHED'], 'given new places');
    const shift = (await lockShift(m, id))!;
    if (shift.cancelledAt) throw appError('SHIFT_CANCELLED', 'This shift was cancelled; add a new shift instead.');
    const waitlistCapacity = places.waitlistCapacity ?? shift.waitlistCapacity;
    if (!Number.isInteger(places.capacity) || places.capacity < 1 || places.capacity > 10000)
      throw badInput('capacity must be 1 to 10000.', 'capacity');
    if (!Number.isInteger(waitlistCapacity) || waitlistCapacity < 0 || waitlistCapacity > 10000)
      throw badInput('waitlistCapacity must be 0 to 10000.', 'waitlistCapacity');
    if (places.capacity < shift.signedUp)
      throw badInput(`${shift.signedUp} volunteers already hold a place; capacity cannot be lower.`, 'capacity');
    Object.assign(shift, { capacity: places.capacity, waitlistCapacity: Math.max(waitlistCapacity, 0) });
    while (shift.signedUp < shift.capacity && shift.waitlisted > 0) await promoteFromWaitlist(m, shift);
    if (shift.waitlisted > shift.waitlistCapacity)
      throw badInput(
        `${shift.waitlisted} volunteers are on the waitlist; waitlistCapacity cannot be lower.`,
        'waitlistCapacity',
      );
    await setShiftPlaces(m, shift);
    return shift;
  });
}
