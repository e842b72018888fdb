import { desc } from "drizzle-orm";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Fragment } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { withoutTenant } from "@/db";
import { devMailbox } from "@/db/schema";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Development mailbox" };

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

function Linkified({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="break-all text-primary underline">
        {part}
      </a>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

/** Mail that would have been sent, kept when no SMTP server is configured. Absent in production. */
export default async function DevMailboxPage() {
  await connection();
  if (env().LAGERBRO_ENV === "production" || env().SMTP_URL) notFound();
  const mails = await withoutTenant((tx) => tx.select().from(devMailbox).orderBy(desc(devMailbox.createdAt)).limit(50));
  return (
    <main className="mx-auto grid max-w-3xl gap-4 p-6">
      <div>
        <h1 className="text-2xl font-semibold">Development mailbox</h1>
        <p className="text-sm text-muted-foreground">No SMTP server is configured, so Lagerbro keeps its mail here. This page does not exist in production.</p>
      </div>
      {mails.length === 0 ? <p className="text-sm">No mail yet.</p> : null}
      {mails.map((mail) => (
        <Card key={mail.id} data-testid="mail">
          <CardHeader>
            <CardTitle>{mail.subject}</CardTitle>
            <CardDescription>
              To {mail.to} · {mail.createdAt.toISOString()}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <pre className="whitespace-pre-wrap font-sans text-sm">
              <Linkified text={mail.text} />
            </pre>
          </CardContent>
        </Card>
      ))}
    </main>
  );
}
