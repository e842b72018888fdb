import { integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { systemAccess } from "./rls";

/** Which path takes events from the outbox to the functions. */
export const deliveryPath = pgEnum("delivery_path", ["inngest", "local_worker"]);
export type DeliveryPath = (typeof deliveryPath.enumValues)[number];

/**
 * One row per delivery path, touched by the outbox relay (→ Inngest) and by the local worker
 * (in-process, development and tests only), so the dashboard can say which one is delivering.
 */
export const deliveryHeartbeats = pgTable(
  "delivery_heartbeats",
  {
    path: deliveryPath("path").primaryKey(),
    /** The last time the process looked at the outbox. */
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** The last time it delivered an event, and how many in all since it started. */
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    delivered: integer("delivered").notNull().default(0),
    /** The last delivery error (Inngest unreachable), cleared by the next success. */
    lastError: text("last_error"),
  },
  () => [systemAccess("delivery_heartbeats", "all")],
).enableRLS();

export type DeliveryHeartbeat = typeof deliveryHeartbeats.$inferSelect;
