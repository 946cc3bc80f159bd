import type { Caller } from '../../kit/runtime/caller';
import { badInput, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { agree, confirmGuardianship, grant, nameGuardian, withdraw, withdrawAllApps } from '../actions/consents';
import { move, register, rotateSecret } from '../actions/partner-apps';
import { revokeAppGrant } from '../actions/app-grants';
import { addDocuments, changeQuota, removeDocuments } from '../actions/partner-app-operations';
import { insertVolunteer, updateVolunteer } from '../data/volunteer.repository';
import { newCardCode } from '../rules/codes';
import { decide, deregister, requestCorrection } from '../actions/rights';
import { createCourse, recordTraining, withdrawTraining } from '../actions/training';
import { validateProfileEdit, validateRegistration } from '../rules/record';
import type { Context, MutationResolvers } from './types.generated';

/** The account of a citizen acting in person: partner apps and admins cannot register or edit for anyone. */
function citizenAccount(caller: Caller): string {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in to register as a volunteer or edit your record.');
  if (caller.kind !== 'volunteer')
    throw forbidden('Only citizens themselves register and edit their volunteer record.');
  return caller.accountId;
}

async function edit(ctx: Context, patch: Parameters<typeof updateVolunteer>[2]) {
  const saved = await updateVolunteer(ctx.db, citizenAccount(ctx.caller), patch);
  if (!saved) throw notFound('You are not registered as a volunteer yet; register first.');
  return saved;
}

export const Mutation: MutationResolvers = {
  registerVolunteer: async (_, args, ctx) => {
    const accountId = citizenAccount(ctx.caller);
    const now = new Date();
    const { guardian, ...record } = validateRegistration(args.input, now);
    const saved = await insertVolunteer(ctx.db, {
      ...record,
      accountId,
      cardCode: newCardCode(),
      consentedAt: now,
      shareWithPartnersAt: now,
      guardianName: guardian?.name ?? null,
      guardianRelation: guardian?.relation ?? null,
      guardianPhone: guardian?.phone ?? null,
      guardianConsentedAt: guardian ? now : null,
    });
    ctx.log.info({ volunteerId: saved.id }, 'volunteer registered');
    return saved;
  },
  updateVolunteerProfile: (_, args, ctx) => edit(ctx, validateProfileEdit(args.input)),
  setPartnerSharing: async (_, args, ctx) => {
    citizenAccount(ctx.caller);
    // The deprecated switch can only take sharing away: turning it on would name no app, purpose or kind of data.
    if (args.allow)
      throw badInput('Sharing is given to one app at a time now: use grantConsent with the app id.', 'allow');
    await withdrawAllApps(ctx.db, ctx.caller);
    return edit(ctx, { shareWithPartners: false, shareWithPartnersAt: new Date() });
  },
  grantConsent: (_, args, ctx) => grant(ctx.db, ctx.caller, args.input),
  withdrawConsent: (_, args, ctx) => withdraw(ctx.db, ctx.caller, args.input),
  revokeAppGrant: (_, args, ctx) => revokeAppGrant(ctx.db, ctx.caller, args.appId),
  agreeToConsent: (_, args, ctx) => agree(ctx.db, ctx.caller, args.id),
  confirmGuardianship: (_, args, ctx) => confirmGuardianship(ctx.db, ctx.caller, args.volunteerId),
  nameGuardian: (_, args, ctx) => nameGuardian(ctx.db, ctx.caller, args.input),
  requestRecordCorrection: (_, args, ctx) =>
    requestCorrection(ctx.db, ctx.caller, {
      realName: args.input.realName ?? null,
      sex: args.input.sex ?? null,
      birthDate: args.input.birthDate ?? null,
      idNumber: args.input.idNumber ?? null,
      reason: args.input.reason,
    }),
  decideRecordCorrection: (_, args, ctx) => decide(ctx.db, ctx.caller, ctx.loaders.administersDistrict, args),
  deregister: async (_, args, ctx) => {
    const at = await deregister(ctx.db, ctx.caller, args.confirmation);
    // The volunteer id is random and, once erased, names no one; it lets operators follow the event's delivery.
    ctx.log.info('volunteer deregistered');
    return { deregisteredAt: at.toISOString() };
  },
  registerPartnerApp: async (_, args, ctx) => {
    const issued = await register(ctx.db, ctx.secrets, ctx.caller, args.input);
    ctx.log.info({ clientId: issued.app.clientId }, 'partner app registered');
    return issued;
  },
  rotatePartnerAppSecret: async (_, args, ctx) => {
    const issued = await rotateSecret(ctx.db, ctx.secrets, ctx.caller, args.clientId);
    ctx.log.info({ clientId: issued.app.clientId }, 'partner app secret rotated');
    return issued;
  },
  suspendPartnerApp: (_, args, ctx) => move(ctx.db, ctx.caller, args.clientId, 'suspend'),
  resumePartnerApp: (_, args, ctx) => move(ctx.db, ctx.caller, args.clientId, 'resume'),
  revokePartnerApp: (_, args, ctx) => move(ctx.db, ctx.caller, args.clientId, 'revoke'),
  setPartnerAppQuota: (_, args, ctx) => changeQuota(ctx.db, ctx.caller, args.clientId, args.quota),
  addPartnerAppDocuments: async (_, args, ctx) => {
    const app = await addDocuments(ctx.db, ctx.caller, args.clientId, args.documents);
    ctx.log.info({ clientId: app.clientId, documents: args.documents.length }, 'partner app documents registered');
    return app;
  },
  removePartnerAppDocuments: (_, args, ctx) => removeDocuments(ctx.db, ctx.caller, args.clientId, args.ids),
  createTrainingCourse: async (_, args, ctx) => {
    const course = await createCourse(ctx.db, ctx.caller, ctx.loaders.administersOrganization, args.input);
    ctx.log.info({ courseCode: course.code }, 'training course added');
    return course;
  },
  recordTraining: async (_, args, ctx) => {
    const record = await recordTraining(ctx.db, ctx.caller, ctx.loaders.administersOrganization, args.input);
    ctx.log.info({ recordId: record.id, courseCode: record.courseCode }, 'training recorded');
    return record;
  },
  withdrawTrainingRecord: async (_, args, ctx) => {
    const record = await withdrawTraining(ctx.db, ctx.caller, ctx.loaders.administersOrganization, args.id);
    ctx.log.info({ recordId: record.id, courseCode: record.courseCode }, 'training record withdrawn');
    return record;
  },
};
