import { AlreadySeeded, seedCity } from './city';

/**
 * `npm run seed:city -- --scale 1`: loads a deterministic city into DATABASE_URL (see city.ts) and prints what it
 * wrote, how long it took and how large the database is. Prints counts only, never a person's data.
 */
function scaleArg(argv: string[]): number {
  const at = argv.indexOf('--scale');
  const raw = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length);
  return raw === undefined ? 1 : Number(raw);
}

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    process.stderr.write('DATABASE_URL is unset: seed:city loads the city into the database it names.\n');
    return 2;
  }
  const scale = scaleArg(process.argv.slice(2));
  try {
    const r = await seedCity({ databaseUrl, scale });
    const n = (x: number) => x.toLocaleString('en-US');
    const lines = [
      `seeded city at scale ${r.scale}`,
      `  districts ${Object.keys(r.districts).length}, organizations ${n(r.organizations)}, projects ${n(r.projects)}`,
      `  volunteers ${n(r.volunteers)}, shifts ${n(r.shifts)}, sign-ups ${n(r.signups)}`,
      `  confirmed records ${n(r.records)}`,
      `  confirmed hours over the last 365 days: ${n(Math.round(r.hoursLastYear))}`,
      `  load time ${r.seconds.toFixed(1)} s, database size ${(r.databaseBytes / 1024 ** 2).toFixed(0)} MB`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (err) {
    if (err instanceof AlreadySeeded || err instanceof RangeError) {
      process.stderr.write(`seed:city refused: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // The error's type and database code only: a failed statement's message may quote generated personal data.
    const e = err as { name?: string; code?: string; message?: string };
    process.stderr.write(`seed:city failed: ${e.name ?? 'Error'} ${e.code ?? ''}\n`);
    if (process.env.SEED_DEBUG) process.stderr.write(`${e.message}\n`);
    process.exit(1);
  },
);
