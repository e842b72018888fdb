export type { FileEntry, FileProtocol, FileTransport } from "./transport";
export { connectFtp, type FtpOptions } from "./ftp-transport";
export { connectSftp, hostKeyFingerprint, type SftpOptions } from "./sftp-transport";
export { describeFileServer, openFileTransport, withFileTransport, type FileServerOptions } from "./open-transport";
export { checksumOf } from "./checksum";
export { InMemoryProcessedFileStore, type ProcessedFile, type ProcessedFileStore } from "./processed-files";
export { historyFolder, vendreFolderLayout, type FolderLayout } from "./layout";
export { historyName, moveToHistory, pruneHistory } from "./history";
export { orderFileName, writeOrderFile } from "./export-files";
export {
  commitFile,
  importFolder,
  rejectFile,
  scanFolder,
  type FileImportReport,
  type ReadRow,
  type RowProblem,
  type RowReader,
  type ScannedFile,
} from "./import-folder";
export { defaultDelimiter, parseRecords, recordFormats, flatten, type RecordFormat, type RecordRow, type RecordProblem, type RecordFileOptions } from "./formats/records";
export { assertSafeXml, buildXml, parseXmlSafely, UnsafeXmlError } from "./formats/xml";
export { UnreadableFileError } from "./formats/errors";
export { parseDelimited, stringifyDelimited } from "./formats/csv";
export { joinPath } from "./paths";
