import { z } from "zod";
import { credentialField } from "@/lib/connectors/credentials";
import { fileServerCredentialsSchema } from "@/lib/connectors/file-warehouse/server-credentials";

/** Bonver takes orders on an FTP server of theirs (seed 000); FTP is the default. */
export const bonverCredentialsSchema = fileServerCredentialsSchema.extend({
  protocol: credentialField(z.enum(["ftp", "ftps", "sftp"]), {
    label: "Protocol",
    help: "Bonver gives you FTP access (seed 000); choose FTPS or SFTP if they offer it.",
    input: "select",
  }).default("ftp"),
});
export type BonverCredentials = z.infer<typeof bonverCredentialsSchema>;

export const bonverSettingsSchema = z.object({
  ordersFolder: credentialField(z.string().trim(), {
    label: "Folder for order files",
    help: "Where Bonver expects the XML files. Empty: the folder you land in after login. Bonver tells you.",
  }).default(""),
});
export type BonverSettings = z.infer<typeof bonverSettingsSchema>;
