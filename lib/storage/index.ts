import path from "node:path";
import { getConfig } from "@/lib/config";
import { LocalDiskStorage, type Storage } from "./storage";
import { fileUrlKey, signFileUrl } from "./signed-url";

export type { Storage } from "./storage";
export { sniffResume, RESUME_TYPES, MAX_RESUME_FILE_BYTES, type ResumeKind } from "./file-type";
export { verifyFileSignature } from "./signed-url";

let storage: Storage | undefined;
/** The app's file storage: DATA_DIR/files on local disk. */
export function getStorage(): Storage {
  storage ??= new LocalDiskStorage(path.resolve(getConfig().dataDir, "files"));
  return storage;
}

export function fileSigningKey(): Buffer {
  return fileUrlKey(getConfig().authSecret);
}

/** A signed, expiring URL Nova can download the resume from (real Nova needs APP_URL on https). */
export function resumeUrlFor(fileId: string): string {
  return signFileUrl(getConfig().appUrl, fileSigningKey(), fileId);
}
