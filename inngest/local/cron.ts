/**
 * Enough of cron for the local worker: five fields (minute hour day-of-month month day-of-week)
 * with `*`, `n`, `a-b`, lists and `/step`, in UTC. Inngest itself runs the schedules in production.
 */
const ranges: Array<[number, number]> = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
];

function fieldMatches(field: string, value: number, [min, max]: [number, number]): boolean {
  return field.split(",").some((part) => {
    const [range = "*", stepText] = part.split("/");
    const step = stepText ? Number(stepText) : 1;
    let from = min;
    let to = max;
    if (range !== "*") {
      const [a, b] = range.split("-");
      from = Number(a);
      to = b === undefined ? (stepText ? max : from) : Number(b);
    }
    if (![from, to, step].every(Number.isInteger) || step < 1) throw new Error(`cannot read cron field "${field}"`);
    return value >= from && value <= to && (value - from) % step === 0;
  });
}

/** Whether the schedule fires in the minute of `at` (UTC). */
export function cronMatches(expression: string, at: Date): boolean {
  const fields = expression.replace(/^TZ=\S+\s+/, "").trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`cron "${expression}" needs five fields`);
  const values = [at.getUTCMinutes(), at.getUTCHours(), at.getUTCDate(), at.getUTCMonth() + 1, at.getUTCDay()];
  return fields.every((field, i) => fieldMatches(field, values[i]!, ranges[i]!));
}

/** The latest minute in (after, upTo] at which the schedule fired, if any. */
export function lastDueMinute(expression: string, after: Date, upTo: Date): Date | undefined {
  const start = Math.floor(after.getTime() / 60_000) + 1;
  for (let minute = Math.floor(upTo.getTime() / 60_000); minute >= start; minute--) {
    const at = new Date(minute * 60_000);
    if (cronMatches(expression, at)) return at;
  }
  return undefined;
}
