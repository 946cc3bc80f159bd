import { addPhoto, hidePhoto, type PhotoInput } from '../actions/gallery';
import {
  addShift,
  cancelProject,
  closeProject,
  createProject,
  publishProject,
  updateProject,
  updateShift,
  type CreateProjectInput,
} from '../actions/publishing';
import {
  checkByOrganizer,
  checkWithCode,
  confirmRecords,
  rejectRecord,
  requestCorrection,
  resolveCorrection,
} from '../actions/serving';
import { cancelSignup, signUp } from '../actions/signup';
import type { ProjectFields, ShiftInput } from '../rules/project-input';
import { calendarMutations } from './calendar';
import type { Ctx } from './context';

export const Mutation = {
  ...calendarMutations,
  addProjectPhoto: (_: unknown, args: { projectId: string; input: PhotoInput }, ctx: Ctx) =>
    addPhoto(ctx, args.projectId, args.input),
  setProjectPhotoHidden: (_: unknown, args: { id: string; hidden: boolean }, ctx: Ctx) =>
    hidePhoto(ctx, args.id, args.hidden),
  createProject: (_: unknown, args: { input: CreateProjectInput }, ctx: Ctx) => createProject(ctx, args.input),
  updateProject: (_: unknown, args: { id: string; changes: ProjectFields }, ctx: Ctx) =>
    updateProject(ctx, args.id, args.changes),
  addShift: (_: unknown, args: { projectId: string; input: ShiftInput }, ctx: Ctx) =>
    addShift(ctx, args.projectId, args.input),
  updateShift: (_: unknown, args: { id: string; capacity: number; waitlistCapacity?: number | null }, ctx: Ctx) =>
    updateShift(ctx, args.id, args),
  publishProject: (_: unknown, args: { id: string }, ctx: Ctx) => publishProject(ctx, args.id),
  closeProject: (_: unknown, args: { id: string }, ctx: Ctx) => closeProject(ctx, args.id),
  cancelProject: (_: unknown, args: { id: string; reason: string }, ctx: Ctx) =>
    cancelProject(ctx, args.id, args.reason),
  signUp: (_: unknown, args: { shiftId: string; idempotencyKey?: string | null }, ctx: Ctx) =>
    signUp(ctx.db, ctx.caller, args.shiftId, args.idempotencyKey),
  cancelSignup: (_: unknown, args: { id: string }, ctx: Ctx) => cancelSignup(ctx.db, ctx.caller, args.id),
  checkIn: (_: unknown, args: { shiftId: string; code: string }, ctx: Ctx) =>
    checkWithCode(ctx.db, ctx.caller, args.shiftId, args.code, 'in', ctx.log),
  checkOut: (_: unknown, args: { shiftId: string; code: string }, ctx: Ctx) =>
    checkWithCode(ctx.db, ctx.caller, args.shiftId, args.code, 'out', ctx.log),
  checkInVolunteer: (_: unknown, args: { signupId: string; at?: string }, ctx: Ctx) =>
    checkByOrganizer(ctx, args.signupId, 'in', args.at),
  checkOutVolunteer: (_: unknown, args: { signupId: string; at?: string }, ctx: Ctx) =>
    checkByOrganizer(ctx, args.signupId, 'out', args.at),
  confirmServiceRecords: (_: unknown, args: { ids: string[] }, ctx: Ctx) => confirmRecords(ctx, args.ids),
  rejectServiceRecord: (_: unknown, args: { id: string; reason: string }, ctx: Ctx) =>
    rejectRecord(ctx, args.id, args.reason),
  requestCorrection: (_: unknown, args: { recordId: string; hours: number; reason: string }, ctx: Ctx) =>
    requestCorrection(ctx.db, ctx.caller, args.recordId, args.hours, args.reason),
  resolveCorrection: (_: unknown, args: { id: string; accept: boolean; reason?: string }, ctx: Ctx) =>
    resolveCorrection(ctx, args.id, args.accept, args.reason),
};
