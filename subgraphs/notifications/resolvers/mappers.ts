/**
 * What this subgraph's resolvers receive as the parent of each GraphQL type that is not its plain GraphQL shape.
 * codegen.ts maps `<Type>` to `<Type>Mapper`.
 */
import type { Inbox, NotificationRow } from '../data/notification.repository';
import type { Connection } from '../../kit/runtime/connection';

export type NotificationMapper = NotificationRow;
/** A page, with the inbox it was read from so its totals are counted only when asked for. */
export type NotificationConnectionMapper = Connection<NotificationRow> & { inbox: Inbox; unreadOnly: boolean };
/** A person's export and access log: keyed by their volunteer id alone. */
export type PersonalDataExportMapper = { volunteerId: string };
export type AccessLogMapper = { volunteerId: string };
