// The development IDE: GraphiQL bundled from node_modules (no CDN), talking to this gateway's /graphql, opened
// with one example tab per kind of caller. The gateway serves the examples (gateway/graphiql-examples.ts), so
// they are checked against the schema by a test rather than baked into the bundle.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];
type Tab = { query: string; variables?: string; headers?: string };

const fetcher: Fetcher = async (params, opts) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...opts?.headers },
    body: JSON.stringify(params),
  });
  return res.json();
};

async function main() {
  const res = await fetch('/graphiql/examples.json');
  const tabs: Tab[] = res.ok ? await res.json() : [];
  createRoot(document.getElementById('root')!).render(<GraphiQL fetcher={fetcher} defaultTabs={tabs} />);
}

void main();
