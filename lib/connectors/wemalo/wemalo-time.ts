/**
 * wemalo-connect writes dates as German local time: `dd.MM.yyyy HH:mm:ss` for bookings and
 * `ddMMyyyyHH` for stock queries [M1]. The zone is not documented; Europe/Berlin is assumed.
 */
const berlin = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type Parts = [year: number, month: number, day: number, hour: number, minute: number, second: number];

function local(date: Date): Parts {
  const get = (type: string) => Number(berlin.formatToParts(date).find((p) => p.type === type)?.value ?? "0");
  return [get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second")];
}

const pad = (n: number) => String(n).padStart(2, "0");

export function toBookingDate(date: Date): string {
  const [y, mo, d, h, mi, s] = local(date);
  return `${pad(d)}.${pad(mo)}.${y} ${pad(h)}:${pad(mi)}:${pad(s)}`;
}

export function toHourDate(date: Date): string {
  const [y, mo, d, h] = local(date);
  return `${pad(d)}${pad(mo)}${y}${pad(h)}`;
}

/** `dd.MM.yyyy HH:mm:ss` in Berlin time → Date; undefined when it does not match. */
export function fromBookingDate(text: string): Date | undefined {
  const m = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsetAt = (ms: number) => {
    const [ly, lmo, ld, lh, lmi, ls] = local(new Date(ms));
    return Date.UTC(ly, lmo - 1, ld, lh, lmi, ls) - ms;
  };
  return new Date(asUtc - offsetAt(asUtc - offsetAt(asUtc)));
}
