import type { TenantWorld } from "./worlds";

/** The two merchants of the walk: a member of A acts, B's rows are the targets. */
export interface Walk {
  a: TenantWorld;
  b: TenantWorld;
  /** Signed in, member of no team. */
  loner: { userId: string; email: string };
}

/** Who may use a page, an action or a handler. */
export type Access = "public" | "user" | "member" | "admin";
