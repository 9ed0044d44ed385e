import type { ReactNode } from "react";
import { TONES } from "./tones";

// Alerts speak in four voices; an error is announced at once (role=alert), the rest politely.
const voices = { error: "danger", info: "brand", success: "success", warning: "warning" } as const;

export function Alert({ tone = "info", children }: { tone?: keyof typeof voices; children: ReactNode }) {
  const { surface, border } = TONES[voices[tone]];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border px-4 py-3 text-sm ${surface} ${border}`}
    >
      {children}
    </div>
  );
}
