import { z } from "zod";

/** ISO 8601 timestamp with an offset or Z ("2024-05-01T10:00:00+02:00"). */
export const timestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof timestampSchema>;

/**
 * A partner's date as text in any form Date.parse reads ("2025-03-01 08:00:00", ISO with or
 * without offset), within years 0000–9999 so it has an ISO form. Schemas of partner payloads use
 * it, so an unreadable date is refused naming its field instead of crashing a later toISOString().
 */
export const partnerDateSchema = z.string().refine((value) => {
  const t = Date.parse(value);
  return !Number.isNaN(t) && /^\d{4}-/.test(new Date(t).toISOString());
}, { message: "not a readable date" });
