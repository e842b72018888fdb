/**
 * A status file as a 3PL drops it into import/orderstatus/: header row, one line per order with
 * its new status and package number. `bad` line numbers (1-based data rows) get a defect each.
 */
export function statusFileCsv(count: number, options: { bad?: number[]; prefix?: string } = {}): string {
  const bad = new Set(options.bad ?? []);
  const lines = ["ordernumber;status;packagenumber;carrier"];
  for (let i = 1; i <= count; i++) {
    const order = `${options.prefix ?? "SO"}-${String(i).padStart(4, "0")}`;
    if (!bad.has(i)) lines.push(`${order};shipped;PKG${i};PostNord`);
    else if (i % 3 === 0) lines.push(`${order};shipped`); // fields missing
    else if (i % 3 === 1) lines.push(`;shipped;PKG${i};PostNord`); // no order number
    else lines.push(`${order};teleported;PKG${i};PostNord`); // unknown status
  }
  return `${lines.join("\n")}\n`;
}
