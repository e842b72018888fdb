import { z } from "zod";
import { parseEncryptionKeys } from "@/lib/crypto/secret-box";

const url = (what: string) => z.url({ message: `must be a URL (${what})` });
const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

/** Every environment variable Lagerbro reads. `.env.example` documents each one. */
export const envSchema = z
  .object({
    LAGERBRO_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: url("postgres://user:password@host:5432/db").optional(),
    APP_DATABASE_URL: url("postgres://lagerbro_app:password@host:5432/db").optional(),
    APP_DATABASE_PASSWORD: z.string().min(1).optional(),
    EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    APP_URL: url("the address users open, e.g. https://app.lagerbro.example").default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters (e.g. `openssl rand -base64 32`)" }).optional(),
    SMTP_URL: url("smtp://user:password@host:587").optional(),
    MAIL_FROM: z.string().min(3).default("Lagerbro <no-reply@lagerbro.local>"),
    ENCRYPTION_KEYS: z.string().min(1).optional(),
    ALLOW_PRIVATE_URLS: bool,
    // Proxies in front of the app that append to X-Forwarded-For (lib/auth/client-address.ts).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
    SANDBOX_ENABLED: bool,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Inngest reads these itself; they are listed here so that they are documented and checked.
    INNGEST_DEV: z.string().min(1).optional(),
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    INNGEST_BASE_URL: url("the self-hosted Inngest server, e.g. http://inngest:8288").optional(),
  })
  .superRefine((env, ctx) => {
    if (env.ENCRYPTION_KEYS) {
      try {
        parseEncryptionKeys(env.ENCRYPTION_KEYS);
      } catch (error) {
        ctx.addIssue({ code: "custom", path: ["ENCRYPTION_KEYS"], message: (error as Error).message.replace(/^ENCRYPTION_KEYS:?\s*/, "") });
      }
    }
    if (env.LAGERBRO_ENV !== "production") return;
    for (const key of ["DATABASE_URL", "AUTH_SECRET", "SMTP_URL", "ENCRYPTION_KEYS"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when LAGERBRO_ENV=production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`);
    this.name = "EnvError";
  }
}

/** Parses an environment; the error names each bad variable and never echoes its value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
}
