export { listOpenExceptions, countOpenExceptions, INBOX_LIMIT_PER_KIND, type ExceptionGroup, type InboxException } from "./list-open-exceptions";
export { retryExceptions } from "./retry-exceptions";
export { FIX_PATHS, type FixPath, type FixPlace } from "./fix-paths";
