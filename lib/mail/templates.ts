import type { Mail } from "./send-mail";

export function invitationMail(to: string, tenantName: string, inviterName: string, link: string, expiresAt: Date): Mail {
  return {
    to,
    subject: `${inviterName} invited you to ${tenantName} on Lagerbro`,
    text: [
      `${inviterName} invited you to join ${tenantName} on Lagerbro.`,
      "",
      `Accept the invitation: ${link}`,
      "",
      `The link works once and expires on ${expiresAt.toUTCString()}.`,
    ].join("\n"),
  };
}

export function passwordResetMail(to: string, link: string, validMinutes: number): Mail {
  return {
    to,
    subject: "Reset your Lagerbro password",
    text: [
      "Someone asked to reset the password of your Lagerbro account.",
      "",
      `Choose a new password: ${link}`,
      "",
      `The link works once and expires in ${validMinutes} minutes. If you did not ask for this, ignore this mail.`,
    ].join("\n"),
  };
}
