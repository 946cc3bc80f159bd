/**
 * Throughput and latency through the gateway, printed, never asserted (npm run bench). Load goes to 127.0.0.1 only,
 * bounded in time. The city runs in this process and the load generator in a worker thread, on a 2-core machine:
 * the figures are a floor for one box, not a capacity plan.
 */
import autocannon from 'autocannon';
import { loadManifest, operationNamed } from '../../gateway/trusted-documents';
import { startCity, type City } from '../testkit/city';

let city: City;
beforeAll(async () => {
  city = await startCity();
}, 120_000);
afterAll(() => city?.stop());

const manifest = loadManifest();
const operation = (name: string) => operationNamed(manifest, name);

async function load(title: string, body: object, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url: city.gateway.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    connections: 20,
    duration: 8,
    workers: 1,
  });
  const { requests, latency, non2xx, errors } = result;
  const line =
    `${title.padEnd(44)} ${String(Math.round(requests.average)).padStart(6)} req/s   ` +
    `p50 ${latency.p50} ms   p99 ${latency.p99} ms   non-2xx ${non2xx}   errors ${errors}`;
  console.log(line);
  return result;
}

test('throughput of the operations frontends send most', async () => {
  const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
  console.log('operation (20 connections, 8 s each)              throughput   latency');
  await load('ProjectList, 20 per page (anonymous)', { query: operation('ProjectList'), variables: { first: 20 } });
  await load('CityDashboard, 23 districts x 11 subgraphs', { query: operation('CityDashboard') });
  await load(
    'MyVolunteerProfile (signed in, 2 subgraphs)',
    { query: operation('MyVolunteerProfile') },
    { authorization: `Bearer ${token}` },
  );
  await load('FindProjects, keyword 社区, 20 per page', {
    query: operation('FindProjects'),
    variables: { filter: { keyword: '社区' }, first: 20 },
  });
}, 120_000);
