export interface ScheduledLink {
  tenantId: string;
  linkId: string;
  /** Minutes between polls of this link (link settings). */
  scheduleMinutes: number;
}

/**
 * The links whose schedule falls on this minute: a cron that fires every minute polls a link
 * set to 5 minutes at :00, :05, :10 ... A schedule below one minute counts as one.
 */
export function linksDue<T extends ScheduledLink>(links: T[], at: Date): T[] {
  const minute = Math.floor(at.getTime() / 60_000);
  return links.filter((link) => minute % Math.max(1, Math.round(link.scheduleMinutes)) === 0);
}

/** One event per link for this minute; the id makes a repeated fan-out of the same minute a no-op. */
export function fanOutEvents<N extends string>(name: N, links: ScheduledLink[], at: Date): Array<{ id: string; name: N; data: { tenantId: string; linkId: string } }> {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString();
  return links.map((link) => ({ id: `${name}:${link.linkId}:${minute}`, name, data: { tenantId: link.tenantId, linkId: link.linkId } }));
}
