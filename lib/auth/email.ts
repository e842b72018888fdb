import { z } from "zod";

export const emailSchema = z
  .string({ message: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid e-mail address, like name@example.com." }).max(254));

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
