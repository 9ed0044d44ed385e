import { readFileSync } from "node:fs";

// Resident memory of a process in MB, from /proc (Linux): VmRSS now, VmHWM its peak so far.
function field(pid: number, name: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1]);
  return Number.isFinite(kb) ? Math.round(kb / 1024) : 0;
}

export const rssMb = (pid: number) => field(pid, "VmRSS");
export const peakRssMb = (pid: number) => field(pid, "VmHWM");
