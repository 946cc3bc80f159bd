import { iso } from '../../kit/runtime/timestamps';
import type { ConsentResolvers } from './types.generated';

/** A consent record; moments leave as ISO 8601. */
export const Consent: ConsentResolvers = {
  grantedAt: (c) => iso(c.grantedAt),
  guardianAgreedAt: (c) => (c.guardianAgreedAt ? iso(c.guardianAgreedAt) : null),
  endedAt: (c) => (c.endedAt ? iso(c.endedAt) : null),
};
