import { z } from "zod";

/** ISO 8601 timestamp with an offset or Z ("2024-05-01T10:00:00+02:00"). */
export const timestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof timestampSchema>;
