"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server render and during hydration, true once React owns the page. Inputs whose
 * state lives in React stay disabled until then, so a click that lands before hydration is not
 * lost (the box would show checked while React's state, and the button it enables, did not).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
