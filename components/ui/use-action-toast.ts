"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/action-state";

/** Shows an action's outcome as a toast (for small buttons without room for an inline message). */
export function useActionToast(state: ActionState) {
  useEffect(() => {
    if (state.status === "success" && state.message) toast.success(state.message);
    const problem = state.message ?? Object.values(state.fieldErrors ?? {})[0];
    if (state.status === "error" && problem) toast.error(problem);
  }, [state]);
}
