/**
 * One line on stderr, rewritten in place: rows written so far against the rows planned, per table. Plain text
 * rather than a library: the seed prints nothing else while it runs, and a terminal-less run (CI, a log file) gets
 * one line per table instead of thousands.
 */
export class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private lastDraw = 0;
  private label = '';
  private done = 0;
  private total = 0;
  private readonly started = Date.now();

  constructor(private readonly quiet = false) {}

  /** Starts counting a new table; the previous one's line is finished. */
  start(label: string, total: number): void {
    this.finish();
    this.label = label;
    this.done = 0;
    this.total = Math.max(1, Math.round(total));
  }

  add(rows: number): void {
    this.done += rows;
    const now = Date.now();
    if (this.tty && now - this.lastDraw > 200) {
      this.lastDraw = now;
      this.draw('\r');
    }
  }

  /** Ends the current line (kept on screen, so the run leaves a table of what it wrote). */
  finish(): void {
    if (!this.label) return;
    this.total = Math.max(this.total, this.done);
    this.draw(this.tty ? '\r' : '', '\n');
    this.label = '';
  }

  private draw(lead: string, tail = ''): void {
    if (this.quiet) return;
    const width = 24;
    const share = Math.min(1, this.done / this.total);
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
    const secs = ((Date.now() - this.started) / 1000).toFixed(0).padStart(4);
    const line = `${secs}s [${bar}] ${this.label.padEnd(34)} ${this.done.toLocaleString('en-US').padStart(11)}`;
    process.stderr.write(`${lead}${line}${this.tty ? '\x1b[K' : ''}${tail}`);
  }
}
