import nodemailer, { type Transporter } from "nodemailer";
import { withoutTenant } from "@/db";
import { devMailbox } from "@/db/schema";
import { env } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transporter: Transporter | undefined;

/** Sends by SMTP when SMTP_URL is set; otherwise keeps the mail for the development mailbox page. */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transporter ??= nodemailer.createTransport(SMTP_URL);
    await transporter.sendMail({ from: MAIL_FROM, ...mail });
    return;
  }
  await withoutTenant((tx) => tx.insert(devMailbox).values(mail));
}
