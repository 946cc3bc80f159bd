import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../subgraphs/kit/runtime/log';
import type { GatewayContext } from '../subgraph-source';
import { insertPartnerCall } from './data/partner-call.repository';

/**
 * Records every call a partner app makes for a citizen (issue 12.5): the app, the citizen's account, the operation's
 * name (its type when unnamed), when, and the outcome (OK, or the answer's error codes after masking, so the trail
 * says what the app was told). Stored before the answer leaves, so no call goes unrecorded; a failure to store is
 * logged by code and the answer still goes.
 */
export function partnerCallPlugin(db: DataSource, log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const caller = contextValue.caller;
      if (caller?.kind !== 'partner') return;
      return {
        async willSendResponse({ response, operationName, operation }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          try {
            await insertPartnerCall(db, {
              appId: caller.appId,
              accountId: caller.accountId,
              operation: (operationName ?? `(${operation?.operation ?? 'unparsed'})`).slice(0, 200),
              outcome: codes.length ? codes.join(',') : 'OK',
            });
          } catch (err) {
            log.warn(
              { err: (err as { code?: string }).code ?? 'unknown', app: caller.appId },
              'partner call not recorded',
            );
          }
        },
      };
    },
  };
}
