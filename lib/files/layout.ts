import { joinPath } from "./paths";

/**
 * The folder layout of Vendre's file integration engine (seed 001): orders go out one file each
 * to export/orders/ (the reader moves them to history/ itself); status files come in to
 * import/orderstatus/, one line per order, and the last 50 processed files stay in history/.
 */
export interface FolderLayout {
  ordersOut: string;
  statusIn: string;
  /** Processed files kept in each history folder. */
  historyKeep: number;
}

export const vendreFolderLayout: FolderLayout = {
  ordersOut: "export/orders",
  statusIn: "import/orderstatus",
  historyKeep: 50,
};

export function historyFolder(folder: string): string {
  return joinPath(folder, "history");
}
