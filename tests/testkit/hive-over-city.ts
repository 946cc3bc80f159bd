import { SUPERGRAPH_FILE } from '../../schema/compose';
import { AUDIENCE, ISSUER, type City } from './city';
import { spawnHiveGateway, type HiveProcess } from './hive-gateway';

/**
 * Hive Gateway serving the committed supergraph over a test city's own subgraphs, trusting the city's token issuer
 * and signing callers with its identity key. Kept apart from hive-gateway.ts, which the Hive child process loads
 * and which must not pull in the whole test city.
 */
export function hiveOverCity(city: City): Promise<HiveProcess> {
  return spawnHiveGateway({
    supergraphFile: SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries([...city.subgraphs].map(([name, s]) => [name, s.url])),
    auth: { issuer: ISSUER, audience: AUDIENCE, jwks: { keys: [city.keys.issuer.publicJwk] } },
    identityPrivateJwk: city.keys.identity.privateJwk,
  });
}
