/**
 * wemalo-connect writes dates as German local time in several formats [M1]:
 * `dd.MM.yyyy HH:mm:ss` (bookings, sent packages, returns) and `ddMMyyyyHH` (stock, products).
 * The time zone is not documented; Europe/Berlin is assumed (guessed) because wemalo is a German WMS.
 */
const ZONE = "Europe/Berlin";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

interface Local {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function toLocal(date: Date): Local {
  const get = (type: string) => Number(parts.formatToParts(date).find((p) => p.type === type)?.value ?? "0");
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function formatBookingDate(date: Date): string {
  const l = toLocal(date);
  return `${pad(l.day)}.${pad(l.month)}.${l.year} ${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}`;
}

function fromLocal(l: Local): Date {
  const guess = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  const offsetAt = (ms: number) => {
    const seen = toLocal(new Date(ms));
    return Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second) - ms;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/** Parses `dd.MM.yyyy HH:mm:ss`; undefined when the text does not match. */
export function parseBookingDate(text: string): Date | undefined {
  const m = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [, d, mo, y, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return fromLocal({ year: y, month: mo, day: d, hour: h, minute: mi, second: s });
}

/** Parses `ddMMyyyyHH` (e.g. 3112199923); undefined when the text does not match. */
export function parseHourDate(text: string): Date | undefined {
  const m = /^(\d{2})(\d{2})(\d{4})(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [, d, mo, y, h] = m.map(Number) as [number, number, number, number, number];
  return fromLocal({ year: y, month: mo, day: d, hour: h, minute: 0, second: 0 });
}
