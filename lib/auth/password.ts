import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

export const passwordSchema = z
  .string({ message: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { message: "Use at most 200 characters." });

// Argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const options = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Spend the same time as a real check, so timing does not tell which e-mails exist.
    await hash(password, options);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
