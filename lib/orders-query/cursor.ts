import { z } from "zod";

/**
 * Where a page of the orders list ends: the row's received_at as Postgres prints it (microseconds
 * kept, which a JS Date would lose) and its id, for keyset pagination.
 */
export interface OrdersCursor {
  at: string;
  id: string;
}

const cursorSchema = z.object({ at: z.string().min(1).max(40), id: z.uuid() });

export function encodeCursor(cursor: OrdersCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString("base64url");
}

/** A cursor from the URL, or undefined when it was tampered with or is not one. */
export function decodeCursor(value: string | undefined): OrdersCursor | undefined {
  if (!value) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    const parsed = cursorSchema.safeParse({ at, id });
    if (!parsed.success || Number.isNaN(Date.parse(parsed.data.at))) return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}
