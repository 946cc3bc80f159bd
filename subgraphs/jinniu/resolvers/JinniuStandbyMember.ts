import { iso } from '../../kit/runtime/timestamps';
import { hhmm } from '../../kit/city/time-of-day';
import { WEEKDAYS } from '../rules/standby-input';
import type { JinniuStandbyMemberResolvers } from './types.generated';

export const JinniuStandbyMember: JinniuStandbyMemberResolvers = {
  availability: (m) =>
    m.windows.map((w) => ({ weekday: WEEKDAYS[w.weekday - 1], from: hhmm(w.fromMinute), to: hhmm(w.toMinute) })),
  joinedAt: (m) => iso(m.joinedAt),
  updatedAt: (m) => iso(m.updatedAt),
};
