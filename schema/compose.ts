import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { repoPath } from '../subgraphs/kit/runtime/paths';
import { subgraphSdlText } from '../subgraphs/kit/district/platform-sdl';
import { writeCompose } from './docker-compose';
import { writeKubernetes } from './kubernetes';
import { COMPOSED_SUBGRAPHS, localUrl, type SubgraphEntry } from './registry';

export const SUPERGRAPH_FILE = repoPath('schema', 'supergraph.graphql');

/**
 * Composes every registered subgraph's SDL into the supergraph the gateway serves. Throws with every composition
 * error listed, so a collision between two districts names both.
 */
export function composeSupergraph(entries: readonly SubgraphEntry[] = COMPOSED_SUBGRAPHS, root = repoPath()): string {
  return composeCity(entries, root).supergraphSdl;
}

/** The successful composition itself (supergraph SDL and schema, from which tests derive the client API schema). */
export function composeCity(entries: readonly SubgraphEntry[] = COMPOSED_SUBGRAPHS, root = repoPath()) {
  const result = composeServices(
    entries.map((e) => ({
      name: e.name,
      url: localUrl(e),
      typeDefs: parse(subgraphSdlText(e, root)),
    })),
  );
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return result;
}

if (require.main === module) {
  try {
    fs.writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
    console.log(`Wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)} from ${COMPOSED_SUBGRAPHS.length} subgraphs.`);
    // docker-compose.yml follows the same registry, so a new district changes it without anyone editing it.
    console.log(`Wrote ${path.relative(process.cwd(), writeCompose())} from the registry.`);
    // So do the Kubernetes manifests, validated against the API's schemas as they are written.
    console.log(`Wrote ${path.relative(process.cwd(), writeKubernetes())}/ from the registry.`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
