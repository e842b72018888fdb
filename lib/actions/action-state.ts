export interface ActionState {
  status: "idle" | "success" | "error";
  message?: string;
  /** Errors per form field name, shown beside the input. */
  fieldErrors?: Record<string, string>;
  /** What the user typed, so a refused form keeps it (never passwords). */
  values?: Record<string, string>;
  /** Extra result for the page, e.g. the invitation link to copy. */
  data?: Record<string, string>;
}

export const idle: ActionState = { status: "idle" };
