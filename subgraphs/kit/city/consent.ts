/**
 * Consent to sharing personal data (issue 11.2), as every subgraph reads it: a recipient (a partner app by its app
 * id, or ORGANIZERS: the admins of organizations running projects the volunteer signed up for), the purposes it
 * may use the data for and the kinds of data it may read. The volunteers subgraph keeps the records with their
 * history; the others keep the consents in force from its `volunteer.consents` event and decide with the helpers
 * here, so "which app may read what" is answered the same way everywhere.
 */

/** What a recipient may do with the data. */
export const CONSENT_PURPOSES = ['SHOW_MY_RECORDS', 'SIGN_UP_FOR_ME', 'REMIND_ME'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * Which data a recipient may read; every field of the visibility table names its kind (visibility.ts):
 * PROFILE the basic record, CONTACT the mobile numbers, SERVICE_RECORDS records and hours, ACTIVITY sign-ups,
 * calendar, notifications and the calendar feed token.
 */
export const DATA_KINDS = ['PROFILE', 'CONTACT', 'SERVICE_RECORDS', 'ACTIVITY'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export const CONSENT_RECIPIENTS = ['APP', 'ORGANIZERS'] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

/** One consent in force, as the `volunteer.consents` event carries it (withdrawn and pending ones are left out). */
export interface ConsentInForce {
  recipient: ConsentRecipient;
  /** The partner app's id (the `appId` of its tokens) for APP; null for ORGANIZERS. */
  appId: string | null;
  purposes: ConsentPurpose[];
  kinds: DataKind[];
}

/**
 * A well-formed partner app id: the `azp` of its tokens, lower-case letters, digits and dashes, 2 to 64 long. The
 * app registry arrives with issue 12; until then any well-formed id may be named.
 */
export const isAppId = (value: string): boolean => /^[a-z0-9][a-z0-9-]{1,63}$/.test(value);

/** The consent in force the app holds, if any. */
export const consentOfApp = (consents: readonly ConsentInForce[] | undefined, appId: string) =>
  consents?.find((c) => c.recipient === 'APP' && c.appId === appId) ?? null;

/** True when app `appId` holds a consent in force covering data of `kind`. */
export const appMayRead = (consents: readonly ConsentInForce[] | undefined, appId: string, kind: DataKind): boolean =>
  consentOfApp(consents, appId)?.kinds.includes(kind) ?? false;

/** True when app `appId` holds a consent in force for `purpose`. */
export const appMayActFor = (
  consents: readonly ConsentInForce[] | undefined,
  appId: string,
  purpose: ConsentPurpose,
): boolean => consentOfApp(consents, appId)?.purposes.includes(purpose) ?? false;

/** How a purpose is put to a citizen (the consent page, and the SDL's enum descriptions). */
export const PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  SHOW_MY_RECORDS: '展示我的志愿服务记录与资料',
  SIGN_UP_FOR_ME: '代我报名、取消报名项目',
  REMIND_ME: '提醒我的班次与通知（日历订阅、消息提醒）',
};

/** How a kind of data is put to a citizen. */
export const KIND_LABELS: Record<DataKind, string> = {
  PROFILE: '基本信息：姓名、性别、出生日期、身份证号（遮蔽）、技能、服务类别、所在区',
  CONTACT: '联系方式：手机号及监护人手机号',
  SERVICE_RECORDS: '志愿服务记录与时长',
  ACTIVITY: '活动：报名、日历、通知与日历订阅链接',
};
