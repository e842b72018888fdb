export * from "./rls";
export * from "./auth";
export * from "./tenancy";
export * from "./mail";
export * from "./connections";
export * from "./pipeline";
export * from "./delivery";
export * from "./link-drafts";
