/** Every change the audit log records, with the words the Activity page shows for it. */
export const AUDIT_ACTIONS = {
  "connection.created": "added a connection",
  "connection.credentials_changed": "changed the credentials of a connection",
  "connection.deleted": "deleted a connection",
  "link.created": "started a link",
  "link.paused": "paused a link",
  "link.resumed": "resumed a link",
  "link.deleted": "deleted a link",
  "link.mappings_changed": "changed the mappings of a link",
  "link.settings_changed": "changed the settings of a link",
  "member.invited": "invited someone",
  "member.joined": "joined the team",
  "member.role_changed": "changed a member's role",
  "member.removed": "removed a member",
  "invitation.revoked": "withdrew an invitation",
  "api_key.created": "created an API key",
  "api_key.revoked": "revoked an API key",
  "team.renamed": "renamed the team",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function describeAuditAction(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action.replaceAll(/[._]/g, " ");
}
