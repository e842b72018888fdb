export { getDb, closeDb, type Database, type Tx } from "./client";
export { withDbContext, withTenant, withUser, withoutTenant, withSystem, setDbContext, type DbContext } from "./context";
export * as schema from "./schema";
