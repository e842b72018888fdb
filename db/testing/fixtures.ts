import { randomUUID } from "node:crypto";
import { signUp } from "@/lib/tenancy/sign-up";

/** A fresh e-mail for each test, so tests can share one database. */
export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export const TEST_PASSWORD = "correct horse battery";

export async function signUpOwner(company = "Acme GmbH") {
  return signUp({ name: "Owner Person", email: uniqueEmail("owner"), password: TEST_PASSWORD, company });
}
