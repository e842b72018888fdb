import { z } from "zod";
import { credentialField } from "@/lib/connectors/credentials";

/** A 3PL's file server as the wizard asks for it; shared by every file connector (Bonver, generic). */
export const fileServerCredentialsSchema = z.object({
  protocol: credentialField(z.enum(["sftp", "ftps", "ftp"]), {
    label: "Protocol",
    help: "SFTP (over SSH) or FTPS (FTP with TLS) when your 3PL offers them; plain FTP sends the password unencrypted.",
    input: "select",
  }).default("sftp"),
  host: credentialField(z.string().trim().min(1).regex(/^[A-Za-z0-9.-]+$|^\[?[0-9a-fA-F:.]+\]?$/, "a host name or IP address"), {
    label: "Server",
    placeholder: "ftp.your-3pl.se",
  }),
  port: credentialField(z.coerce.number().int().min(1).max(65535), { label: "Port", help: "Empty: 22 for SFTP, 21 for FTP and FTPS.", input: "number" }).optional(),
  username: credentialField(z.string().min(1), { label: "User name" }),
  password: credentialField(z.string(), { label: "Password", secret: true }).optional(),
  privateKey: credentialField(z.string(), { label: "SSH private key", help: "SFTP only, instead of a password (PEM or OpenSSH format).", secret: true }).optional(),
  hostKeySha256: credentialField(z.string(), {
    label: "Host key fingerprint (SHA256)",
    help: "SFTP only. Ask your 3PL (ssh-keygen -lf): with it, Lagerbro refuses any other server.",
  }).optional(),
  rootDir: credentialField(z.string(), { label: "Base folder", help: "The folder that holds the exchange folders. Empty: where you land after login." }).optional(),
});
export type FileServerCredentials = z.infer<typeof fileServerCredentialsSchema>;


/** The connector contract wants a base URL; file connectors use it only to name the server (never for HTTP). */
export function fileServerUrl(credentials: FileServerCredentials): string {
  return `${credentials.protocol}://${credentials.host}${credentials.port ? `:${credentials.port}` : ""}`;
}
