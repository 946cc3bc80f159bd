import crypto from 'node:crypto';
import {
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_REQUEST,
  type NotificationRequest,
} from '../../subgraphs/kit/city/notification-kinds';
import { render } from '../../subgraphs/notifications/rules/render';

const id = () => crypto.randomUUID();
const shift = { projectId: id(), projectTitle: '社区环保宣传', shiftId: id(), shiftStartsAt: '2026-12-03T01:00:00Z' };
/** Texts are written relative to this moment: the same year, so no year is named. */
const NOW = new Date('2026-12-01T04:00:00Z');

/** One request of each kind, as a producer would send it. */
const SAMPLES: { [K in NotificationRequest['kind']]: Extract<NotificationRequest, { kind: K }>['params'] } = {
  SIGNUP_CONFIRMED: shift,
  WAITLIST_PROMOTED: shift,
  SHIFT_CHANGED: { ...shift, shiftEndsAt: '2026-12-03T04:30:00Z', previousStartsAt: '2026-12-02T01:00:00Z' },
  SHIFT_CANCELLED: { ...shift, reason: '场地维修' },
  PROJECT_CANCELLED: { projectId: shift.projectId, projectTitle: '社区环保宣传', reason: null },
  REMOVED_FROM_SHIFT: { ...shift, reason: '年龄不符合要求' },
  MARKED_NO_SHOW: shift,
  SIGNED_UP_VIA_APP: { ...shift, appName: '天府市民云' },
  CANCELLED_VIA_APP: { ...shift, appName: '天府市民云' },
  SHIFT_REMINDER: { ...shift, hoursBefore: 24 },
  HOURS_CONFIRMED: { projectId: id(), projectTitle: '社区环保宣传', recordId: id(), hours: 2.5 },
  HOURS_REJECTED: { projectId: id(), projectTitle: '社区环保宣传', recordId: id(), reason: '未签到' },
  CORRECTION_ANSWERED: {
    projectId: id(),
    projectTitle: '社区环保宣传',
    recordId: id(),
    accepted: true,
    hours: 3,
    response: null,
  },
  TEAM_DECISION: { teamId: id(), teamName: '川大绿色行动队', approved: false },
  FAMILY_REQUEST: { familyId: id(), district: 'chenghua' },
  BOOKING_REQUEST: { bookingId: id(), serviceTitle: '老人陪伴', district: 'pidu' },
  ORGANIZATION_VERIFIED: { organizationId: id(), organizationName: '锦江区青年志愿者协会' },
  ORGANIZATION_SUSPENDED: { organizationId: id(), organizationName: '锦江区青年志愿者协会', reason: null },
  CORRECTION_REQUESTED: { projectId: id(), projectTitle: '社区环保宣传', recordId: id() },
  CONFIRM_DEADLINE_REMINDER: { organizationId: id(), records: 4, earliestConfirmBy: '2026-12-15' },
};

const text = <K extends NotificationRequest['kind']>(kind: K, params = SAMPLES[kind]) => {
  const read = NOTIFICATION_REQUEST.parse({ kind, recipient: { volunteerId: id() }, params, dedupeKey: 'k' });
  return render(read, NOW);
};

test.each(NOTIFICATION_KIND_NAMES)('%s reads as a Chinese title and message', (kind) => {
  const { title, body } = text(kind);
  expect(title).toMatch(/^[\u4e00-\u9fff]{2,12}$/u);
  expect(body).toMatch(/[\u4e00-\u9fff]/u);
  expect(body).toMatch(/。$/u);
  expect(body).not.toMatch(/undefined|null|NaN|\d{4}-\d{2}-\d{2}T/);
});

test('times are Beijing time, and the message names what it is about', () => {
  expect(text('SHIFT_CANCELLED').body).toBe('「社区环保宣传」的班次（12月3日 09:00）已取消：场地维修。');
  expect(text('SHIFT_CHANGED').body).toBe(
    '「社区环保宣传」的班次时间已变更：原定 12月2日 09:00，现为 12月3日 09:00 至 12:30。如无法参加，请及时取消报名。',
  );
  // 23:30 UTC is the next morning in Beijing.
  expect(text('SIGNUP_CONFIRMED', { ...shift, shiftStartsAt: '2026-12-03T23:30:00Z' }).body).toContain('12月4日 07:30');
  // A shift in another year than the notice names its year.
  expect(text('SHIFT_REMINDER', { ...shift, hoursBefore: 2, shiftStartsAt: '2027-01-02T01:00:00Z' }).body).toBe(
    '您报名的「社区环保宣传」的班次（2027年1月2日 09:00）还有 2 小时开始，请准时参加。',
  );
  expect(text('PROJECT_CANCELLED').body).toBe('您报名的「社区环保宣传」已被组织方取消。');
  expect(text('FAMILY_REQUEST').body).toContain('成华区');
  expect(text('SIGNED_UP_VIA_APP', { ...shift, appName: '天府市民云', waitlisted: true }).body).toContain(
    '「天府市民云」为您登记了候补「社区环保宣传」12月3日 09:00 的班次',
  );
  expect(text('CONFIRM_DEADLINE_REMINDER').body).toBe('您的组织有 4 条服务记录待确认，最早一条须在 12月15日 前确认。');
});
