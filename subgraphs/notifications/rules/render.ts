import { z } from 'zod';
import { districtByCode } from '../../kit/city/districts';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationRequested,
} from '../../kit/city/notification-kinds';
import { beijingDateTime, beijingDay, beijingTime, sameBeijingDay } from './beijing-time';

/** What a person reads: a short title and the whole message, in Chinese, every time in Beijing time. */
export interface Rendered {
  title: string;
  body: string;
}

type Params<K extends NotificationKind> = z.output<(typeof NOTIFICATION_KINDS)[K]>;

/** 「社区环保宣传」的班次（12月3日 09:00） */
const shiftOf = (p: { projectTitle: string; shiftStartsAt: string }, now: Date) =>
  `「${p.projectTitle}」的班次（${beijingDateTime(p.shiftStartsAt, now)}）`;

/** `：原因。` when a reason was given, else `。`; a reason that ends its own sentence keeps its stop. */
const because = (reason: string | null) => (reason?.trim() ? `：${reason.trim().replace(/[。.!！]?$/u, '。')}` : '。');

/** The end of a shift: its time alone when it ends the day it starts. */
const endOf = (p: { shiftStartsAt: string; shiftEndsAt: string }, now: Date) =>
  sameBeijingDay(p.shiftStartsAt, p.shiftEndsAt) ? beijingTime(p.shiftEndsAt) : beijingDateTime(p.shiftEndsAt, now);

const hoursText = (hours: number) => `${Number(hours.toFixed(2))} 小时`;

const districtName = (code: string) => districtByCode(code)?.name ?? code;

/** One text per kind: a kind added to the catalogue without its text fails to compile here. */
const TEXTS: { [K in NotificationKind]: (p: Params<K>, now: Date) => Rendered } = {
  SIGNUP_CONFIRMED: (p, now) => ({
    title: '报名成功',
    body: `您已成功报名${shiftOf(p, now)}，请准时参加。`,
  }),
  WAITLIST_PROMOTED: (p, now) => ({
    title: '候补转正',
    body: `${shiftOf(p, now)}有了空位，您已从候补转为正式报名，请准时参加。`,
  }),
  SHIFT_CHANGED: (p, now) => ({
    title: '班次时间变更',
    body:
      `「${p.projectTitle}」的班次时间已变更：原定 ${beijingDateTime(p.previousStartsAt, now)}，` +
      `现为 ${beijingDateTime(p.shiftStartsAt, now)} 至 ${endOf(p, now)}。如无法参加，请及时取消报名。`,
  }),
  SHIFT_CANCELLED: (p, now) => ({
    title: '班次已取消',
    body: `${shiftOf(p, now)}已取消${because(p.reason)}`,
  }),
  PROJECT_CANCELLED: (p) => ({
    title: '项目已取消',
    body: `您报名的「${p.projectTitle}」已被组织方取消${because(p.reason)}`,
  }),
  REMOVED_FROM_SHIFT: (p, now) => ({
    title: '已被移出班次',
    body: `组织方已将您移出${shiftOf(p, now)}${because(p.reason)}`,
  }),
  MARKED_NO_SHOW: (p, now) => ({
    title: '缺席记录',
    body: `组织方将您记为未到${shiftOf(p, now)}。如有异议，请联系组织方。`,
  }),
  SIGNED_UP_VIA_APP: (p, now) => ({
    title: p.waitlisted ? '应用为您登记了候补' : '应用为您报名',
    body:
      `「${p.appName}」${p.waitlisted ? '为您登记了候补' : '为您报名了'}「${p.projectTitle}」` +
      `${beijingDateTime(p.shiftStartsAt, now)} 的班次。如非本人意愿，可在青聚撤销该应用的授权。`,
  }),
  CANCELLED_VIA_APP: (p, now) => ({
    title: '应用为您取消了报名',
    body:
      `「${p.appName}」为您取消了报名「${p.projectTitle}」${beijingDateTime(p.shiftStartsAt, now)} 的班次。` +
      '如非本人意愿，可在青聚撤销该应用的授权。',
  }),
  SHIFT_REMINDER: (p, now) => ({
    title: p.hoursBefore === 24 ? '班次提醒' : '班次即将开始',
    body: `您报名的${shiftOf(p, now)}还有 ${p.hoursBefore} 小时开始，请准时参加。`,
  }),
  HOURS_CONFIRMED: (p) => ({
    title: '服务时长已确认',
    body: `「${p.projectTitle}」的服务时长已确认：${hoursText(p.hours)}。`,
  }),
  HOURS_REJECTED: (p) => ({
    title: '服务记录未获确认',
    body: `「${p.projectTitle}」的服务记录未获组织方确认${because(p.reason)}`,
  }),
  CORRECTION_ANSWERED: (p) => ({
    title: p.accepted ? '时长更正已通过' : '时长更正未通过',
    body:
      `您对「${p.projectTitle}」服务时长的更正申请${p.accepted ? '已通过' : '未通过'}，` +
      `现记为 ${hoursText(p.hours)}${p.response?.trim() ? `。组织方答复${because(p.response)}` : '。'}`,
  }),
  TEAM_DECISION: (p) => ({
    title: p.approved ? '团队申请已通过' : '团队申请未通过',
    body: `您关于团队「${p.teamName}」的申请${p.approved ? '已通过' : '未通过'}。`,
  }),
  FAMILY_REQUEST: (p) => ({
    title: '志愿家庭邀请',
    body: `${districtName(p.district)}的一个志愿家庭邀请您加入，请在志愿家庭页面查看并答复。`,
  }),
  BOOKING_REQUEST: (p) => ({
    title: '新的服务预约',
    body: `有人预约了您在${districtName(p.district)}提供的「${p.serviceTitle}」服务，请及时处理。`,
  }),
  ORGANIZATION_VERIFIED: (p) => ({
    title: '组织已通过认证',
    body: `「${p.organizationName}」已通过认证，现在可以发布志愿服务项目了。`,
  }),
  ORGANIZATION_SUSPENDED: (p) => ({
    title: '组织已被暂停',
    body: `「${p.organizationName}」已被暂停${because(p.reason)}暂停期间不能发布新项目。`,
  }),
  CORRECTION_REQUESTED: (p) => ({
    title: '时长更正申请',
    body: `有志愿者申请更正「${p.projectTitle}」的服务时长，请及时处理。`,
  }),
  CONFIRM_DEADLINE_REMINDER: (p) => ({
    title: '服务记录待确认',
    body: `您的组织有 ${p.records} 条服务记录待确认，最早一条须在 ${beijingDay(p.earliestConfirmBy)} 前确认。`,
  }),
};

/** The text of a notification, from its kind and parameters as the catalogue read them. */
export function render(n: Pick<NotificationRequested, 'kind' | 'params'>, now = new Date()): Rendered {
  return (TEXTS[n.kind] as (p: unknown, now: Date) => Rendered)(n.params, now);
}

/** The project a notification is about, when its parameters name one (the `project` link). */
export function projectOf(params: object): string | null {
  const id = (params as { projectId?: unknown }).projectId;
  return typeof id === 'string' ? id : null;
}
