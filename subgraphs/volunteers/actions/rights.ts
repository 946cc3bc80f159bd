import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { appError, badInput, conflict, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { eraseAccessLog } from '../../kit/runtime/access-log';
import { iso } from '../../kit/runtime/timestamps';
import type { DistrictAdminCheck } from '../../kit/runtime/district-admins';
import {
  correctionById,
  correctionsOf,
  decideCorrection,
  insertCorrection,
  lockCorrection,
  openCorrectionOf,
  type RecordCorrectionRow,
} from '../data/correction.repository';
import { proofsOf } from '../data/service-proof.repository';
import { allRecordsOf } from '../data/training.repository';
import { trainingSource } from '../rules/training';
import {
  correctFixedFields,
  eraseVolunteer,
  lockVolunteer,
  lockVolunteerOfAccount,
} from '../data/volunteer.repository';
import type { ActiveVolunteer } from '../data/volunteer.repository';
import { requireText, validateCorrection, type FixedFields } from '../rules/record';

/** What a signed-in citizen without an active registration is told by every rights operation. */
export const NOT_REGISTERED_MESSAGE =
  'This account has no volunteer registration: none was made, or it was deregistered (then its data is erased).';

/** The account of the volunteer acting in person: rights are exercised by the person, not by an app or an admin. */
export function personAccount(caller: Caller, action: string): string {
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in to ${action}.`);
  if (caller.kind !== 'volunteer') throw forbidden(`Only the volunteer in person can ${action}.`);
  return caller.accountId;
}

export const notRegistered = () => appError('NOT_REGISTERED', NOT_REGISTERED_MESSAGE);

/** The word `deregister` asks for, so that no client erases a person's data by a stray call. */
export const DEREGISTRATION_CONFIRMATION = 'DEREGISTER';

/**
 * Deregistration (issue 11.3): erases the volunteer's personal data here and announces it, in one transaction with
 * the row locked, so a concurrent edit or second call waits and then finds no active registration.
 */
export async function deregister(db: DataSource, caller: Caller, confirmation: string): Promise<Date> {
  const account = personAccount(caller, 'deregister');
  if (confirmation !== DEREGISTRATION_CONFIRMATION)
    throw badInput(
      'Deregistering erases your volunteer data and cannot be undone; to confirm, send confirmation: ' +
        `"${DEREGISTRATION_CONFIRMATION}".`,
      'confirmation',
    );
  return db.transaction(async (m) => {
    const v = await lockVolunteerOfAccount(m, account);
    if (!v) throw notRegistered();
    await eraseVolunteer(m, v);
    await eraseAccessLog(m, v.id);
    return new Date();
  });
}

/** The volunteer files a correction request of the fields fixed at registration. */
export async function requestCorrection(
  db: DataSource,
  caller: Caller,
  input: FixedFields & { reason: string },
): Promise<RecordCorrectionRow> {
  const account = personAccount(caller, 'ask for a correction of your record');
  return db.transaction(async (m) => {
    const v = await lockVolunteerOfAccount(m, account);
    if (!v) throw notRegistered();
    const { fields, reason } = validateCorrection(input, v, new Date());
    if (await openCorrectionOf(m, v.id))
      throw conflict('You already have a correction request waiting for a decision; wait for it first.');
    return insertCorrection(m, { volunteerId: v.id, ...fields, reason });
  });
}

/**
 * An admin of the volunteer's home district (or a city admin) decides an open request. Accepting checks the record
 * it would leave again, as it is now, and writes it in the same transaction as the decision.
 */
export async function decide(
  db: DataSource,
  caller: Caller,
  administersDistrict: DistrictAdminCheck,
  args: { id: string; accept: boolean; note: string },
): Promise<RecordCorrectionRow> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a district or city admin to decide corrections.');
  if (caller.kind !== 'districtAdmin' && caller.kind !== 'cityAdmin')
    throw forbidden("Only admins of the volunteer's district and city admins decide corrections.");
  const id = requireUuid(args.id, 'id');
  const note = requireText(args.note, 'note', 500);
  const found = await correctionById(db, id);
  if (!found) throw notFound('No correction request has this id.');
  return db.transaction(async (m) => {
    // The volunteer's row first, then the request: the order requests and deregistration lock them in.
    const v = await lockVolunteer(m, found.volunteerId);
    const request = await lockCorrection(m, id);
    if (!v || !request) throw notFound('No correction request has this id.');
    if (!v.districtCode || !(await administersDistrict(v.districtCode)))
      throw forbidden("Only admins of the volunteer's home district and city admins decide this request.");
    if (request.status !== 'PENDING') throw conflict(`This request was already ${request.status.toLowerCase()}.`);
    const decidedBy = caller.accountId;
    if (!args.accept) return decideCorrection(m, id, 'REJECTED', note, decidedBy);
    const { after } = validateCorrection({ ...request }, v, new Date());
    // A display name that was the real name (no nickname chosen) follows the correction, so no old name lingers.
    const displayName = v.displayName === v.realName ? after.realName : v.displayName;
    await correctFixedFields(m, v.id, { ...after, displayName });
    return decideCorrection(m, id, 'ACCEPTED', note, decidedBy);
  });
}

/** The volunteers subgraph's section of the person's data export. */
export async function exportSection(db: DataSource, v: ActiveVolunteer) {
  const [corrections, proofs, trainings] = await Promise.all([
    correctionsOf(db, [v.id]),
    proofsOf(db, v.id),
    allRecordsOf(db, v.id),
  ]);
  return {
    volunteerId: v.id,
    registeredAt: iso(v.createdAt),
    displayName: v.displayName,
    realName: v.realName,
    sex: v.sex,
    birthDate: v.birthDate,
    idNumber: v.idNumber,
    phone: v.phone,
    homeDistrict: v.districtCode,
    skills: v.skills,
    serviceCategories: v.serviceCategories,
    cardCode: v.cardCode,
    consents: {
      personalDataAt: v.consentedAt ? iso(v.consentedAt) : null,
      shareWithPartners: v.shareWithPartners,
      shareWithPartnersChangedAt: v.shareWithPartnersAt ? iso(v.shareWithPartnersAt) : null,
    },
    guardian: v.guardianName
      ? {
          name: v.guardianName,
          relation: v.guardianRelation,
          phone: v.guardianPhone,
          consentedAt: v.guardianConsentedAt ? iso(v.guardianConsentedAt) : null,
        }
      : null,
    confirmedHoursLastAnnounced: v.hoursSnapshot,
    recordCorrections: corrections.map((c) => ({
      ...c,
      volunteerId: undefined,
      decidedBy: undefined,
      requestedAt: iso(c.requestedAt),
      decidedAt: c.decidedAt ? iso(c.decidedAt) : null,
    })),
    // Withdrawn records too: the person sees what was once recorded about them, and when it was withdrawn.
    trainingRecords: trainings.map((t) => ({
      courseCode: t.courseCode,
      courseName: t.courseName,
      completedOn: t.completedOn,
      studyHours: t.studyHours,
      organizer: t.organizer,
      source: trainingSource(t),
      recordedAt: iso(t.recordedAt),
      withdrawnAt: t.withdrawnAt ? iso(t.withdrawnAt) : null,
    })),
    serviceProofsIssued: proofs.map((p) => ({
      code: p.code,
      holderName: p.holderName,
      confirmedHours: p.confirmedHours,
      recordCount: p.recordCount,
      projectCount: p.projectCount,
      organizationCount: p.organizationCount,
      servedFrom: p.servedFrom,
      servedTo: p.servedTo,
      lines: p.lines,
      trainings: p.trainings,
      issuedAt: iso(p.issuedAt),
    })),
  };
}
