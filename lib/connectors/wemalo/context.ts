import type { ConnectorContext } from "../types";
import type { WemaloCredentials, WemaloSettings } from "./credentials";

export type WemaloContext = ConnectorContext<WemaloCredentials, WemaloSettings>;

export const PARTNER = "wemalo";
