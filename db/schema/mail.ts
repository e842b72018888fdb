import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Mail kept for the development mailbox page when no SMTP server is configured. */
export const devMailbox = pgTable("dev_mailbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  html: text("html"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type DevMail = typeof devMailbox.$inferSelect;
