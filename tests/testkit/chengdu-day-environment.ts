import NodeEnvironment from 'jest-environment-node';

/**
 * Jest's node environment, except that no test file starts in the last minutes of a Chengdu day.
 *
 * A test file takes "today" once (`dayFromNow(0)` at load, the demo seeded at start) and compares it with what the
 * city says minutes later. Across Chengdu's midnight (16:00 UTC) those are two different days: figures asked "up to
 * today" miss what was just written, a volunteer registered after midnight lands in the next month on the last day of
 * one, the default statistics range ("this year") starts after the test's "today" on 31 December, and on a Monday the
 * demo data moves a week on (demo-days.ts) between the seed and the test's `demoDay`. CI runs at any hour, so a file
 * that would start within MARGIN_MS of that midnight waits until just after it. The environment is set up before the
 * test file is loaded, so its module-level "today" is taken after the wait too.
 */
const DAY_MS = 86_400_000;
const CHENGDU_OFFSET_MS = 8 * 3_600_000;
/** Longer than any one test file takes, so a file that starts before the margin ends before midnight. */
const MARGIN_MS = 10 * 60_000;
/** Past midnight by a few seconds, so PostgreSQL's now() (the same machine clock) is past it as well. */
const AFTER_MS = 5_000;

export default class ChengduDayEnvironment extends NodeEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    const untilMidnight = DAY_MS - ((Date.now() + CHENGDU_OFFSET_MS) % DAY_MS);
    if (untilMidnight >= MARGIN_MS) return;
    process.stderr.write(
      `Chengdu's day ends in ${Math.ceil(untilMidnight / 1000)} s: waiting for it before this test file starts, ` +
        `so that the file sees one day throughout.\n`,
    );
    await new Promise((resolve) => setTimeout(resolve, untilMidnight + AFTER_MS));
  }
}
