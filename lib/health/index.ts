export { listLinkHealth, type LinkHealth } from "./link-health";
export { getOutboxBacklog, type OutboxBacklog } from "./outbox-backlog";
