/** The simulator's time: the injected `now` plus whatever tests or the sandbox UI skipped ahead. */
export class SimClock {
  private offsetMs = 0;

  constructor(private readonly base: () => Date = () => new Date()) {}

  nowMs(): number {
    return this.base().getTime() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** W3C date with the offset plentymarkets writes ("2024-05-01T10:00:00+00:00"). */
export function w3c(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "+00:00");
}
