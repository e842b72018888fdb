export { getDb, closeDb, type Database, type Tx } from "./client";
export { withDbContext, withTenant, withUser, withoutTenant, setDbContext, type DbContext } from "./context";
export * as schema from "./schema";
