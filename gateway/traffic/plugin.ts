import type { ApolloServerPlugin } from '@apollo/server';
import type { TrafficCounter } from './counter';

/**
 * Counts every request the gateway's Apollo Server handles: /graphql, and the operations behind share pages and
 * calendar feeds. In flight from the first hook to the answer; a query or mutation once it started executing
 * (whatever errors the answer then carries), refused otherwise: unparsable, invalid, over a cost or rate limit, or
 * refused for its caller before planning. Apollo calls willSendResponse on every path once requestDidStart ran,
 * error answers included; the counter ignores a second end.
 */
export function trafficPlugin(counter: TrafficCounter): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = counter.begin();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ operation }) {
          end(executed ? (operation?.operation ?? null) : null);
        },
      };
    },
  };
}
