import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../../schema/compose';
import { COMPOSED_SUBGRAPHS } from '../../schema/registry';

test('the committed supergraph is what composing the subgraphs gives today (run `npm run compose` if not)', () => {
  expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
});

test('the supergraph joins exactly the registered subgraphs', () => {
  const joined = [...fs.readFileSync(SUPERGRAPH_FILE, 'utf8').matchAll(/@join__graph\(name: "([^"]+)"/g)].map(
    (m) => m[1],
  );
  expect(joined.sort()).toEqual(COMPOSED_SUBGRAPHS.map((s) => s.name).sort());
});

test('a composition error fails with every error named', () => {
  const tmp = fs.mkdtempSync('/tmp/qingju-compose-');
  // Two subgraphs that both claim Query.clash with different types cannot compose.
  for (const name of ['a', 'b']) {
    fs.mkdirSync(`${tmp}/${name}`);
    fs.writeFileSync(
      `${tmp}/${name}/schema.graphql`,
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Query { clash: ${name === 'a' ? 'Int' : 'String'} }\n`,
    );
  }
  const entries = ['a', 'b'].map((name, i) => ({ name, port: 5000 + i, folder: name, kind: 'district' as const }));
  expect(() => composeSupergraph(entries, tmp)).toThrow(/Composition failed:[\s\S]*clash/);
  fs.rmSync(tmp, { recursive: true });
});
