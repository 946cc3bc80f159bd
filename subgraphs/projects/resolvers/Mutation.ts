import { setWageRate } from '../actions/wage-rates';
import { checkMany } from '../actions/attendance';
import { createProgram } from '../actions/insurance';
import { openCampaign } from '../actions/campaigns';
import { markNoShow } from '../actions/no-show';
import { addPhoto, hidePhoto } from '../actions/gallery';
import {
  addShift,
  cancelProject,
  closeProject,
  createProject,
  publishProject,
  updateProject,
  updateShift,
} from '../actions/publishing';
import {
  checkByOrganizer,
  checkWithCode,
  confirmRecords,
  rejectRecord,
  requestCorrection,
  resolveCorrection,
} from '../actions/serving';
import { signUpFamily } from '../actions/family-signup';
import { cancelShift, removeSignup, updateShiftTimes } from '../actions/shift-changes';
import { cancelSignup, signUp } from '../actions/signup';
import { badInput } from '../../kit/runtime/errors';
import { rotateFeedToken } from '../data/calendar.repository';
import { feedHolder, myVolunteerId } from './context';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  setWageRate: (_, { input }, ctx) => setWageRate(ctx.db, ctx.caller, input),
  createInsuranceProgram: (_, { input }, ctx) => createProgram(ctx.db, ctx.caller, input),
  openCampaign: (_, { input }, ctx) => openCampaign(ctx.db, ctx.caller, input),
  rotateCalendarFeedToken: async (_, __, ctx) => {
    const me = await myVolunteerId(ctx, 'rotate your calendar link', 'calendarFeedToken', 'calendar:read');
    if (!me) throw badInput('Register as a volunteer to have a calendar.');
    return rotateFeedToken(ctx.db, me, feedHolder(ctx.caller));
  },
  addProjectPhoto: (_, args, ctx) => addPhoto(ctx, args.projectId, args.input),
  setProjectPhotoHidden: (_, args, ctx) => hidePhoto(ctx, args.id, args.hidden),
  createProject: (_, args, ctx) => createProject(ctx, args.input),
  updateProject: (_, args, ctx) => updateProject(ctx, args.id, args.changes),
  addShift: (_, args, ctx) => addShift(ctx, args.projectId, args.input),
  updateShift: (_, args, ctx) => updateShift(ctx, args.id, args),
  updateShiftTimes: (_, args, ctx) => updateShiftTimes(ctx, args.id, args.input),
  cancelShift: (_, args, ctx) => cancelShift(ctx, args.id, args.reason),
  removeSignup: (_, args, ctx) => removeSignup(ctx, args.signupId, args.reason),
  publishProject: (_, args, ctx) => publishProject(ctx, args.id),
  closeProject: (_, args, ctx) => closeProject(ctx, args.id),
  cancelProject: (_, args, ctx) => cancelProject(ctx, args.id, args.reason),
  signUp: (_, args, ctx) => signUp(ctx.db, ctx.caller, args.shiftId, args.idempotencyKey),
  signUpFamily: (_, args, ctx) => signUpFamily(ctx.db, ctx.caller, args.shiftId, args.volunteerIds),
  cancelSignup: (_, args, ctx) => cancelSignup(ctx.db, ctx.caller, args.id),
  checkIn: (_, args, ctx) => checkWithCode(ctx.db, ctx.caller, args.shiftId, args.code, 'in', ctx.log),
  checkOut: (_, args, ctx) => checkWithCode(ctx.db, ctx.caller, args.shiftId, args.code, 'out', ctx.log),
  checkInVolunteer: (_, args, ctx) => checkByOrganizer(ctx, args.signupId, 'in', args.at),
  checkOutVolunteer: (_, args, ctx) => checkByOrganizer(ctx, args.signupId, 'out', args.at),
  checkInVolunteers: (_, args, ctx) => checkMany(ctx, args.shiftId, args.attendees, 'in', args.at),
  checkOutVolunteers: (_, args, ctx) => checkMany(ctx, args.shiftId, args.attendees, 'out', args.at),
  markNoShow: (_, { signupId }, ctx) => markNoShow(ctx, signupId),
  confirmServiceRecords: (_, args, ctx) => confirmRecords(ctx, args.ids),
  rejectServiceRecord: (_, args, ctx) => rejectRecord(ctx, args.id, args.reason),
  requestCorrection: (_, args, ctx) => requestCorrection(ctx.db, ctx.caller, args.recordId, args.hours, args.reason),
  resolveCorrection: (_, args, ctx) => resolveCorrection(ctx, args.id, args.accept, args.reason),
};
