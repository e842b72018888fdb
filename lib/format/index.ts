/** How dates, durations and money read on the merchant's pages (English UI, 24-hour clock, UTC). */
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateTimeSeconds = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export function formatDateTime(date: Date | null | undefined, options: { seconds?: boolean } = {}): string {
  if (!date) return "—";
  return `${(options.seconds ? dateTimeSeconds : dateTime).format(date)} UTC`;
}

/** "3 min ago", "2 h ago", "yesterday"…; "never" without a date. */
export function formatAgo(date: Date | null | undefined, now: Date = new Date()): string {
  if (!date) return "never";
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  if (seconds < 45) return "just now";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  const days = Math.round(seconds / 86_400);
  return days === 1 ? "yesterday" : `${days} days ago`;
}

/** 1250 → "1.3 s", 95_000 → "1 min 35 s", 7_200_000 → "2 h 0 min". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatMoney(amount: string | null | undefined, currency: string | null | undefined): string {
  if (!amount || !currency) return "—";
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}
