import type { ReactNode } from "react";

type Props = {
  name: string;
  /** How the name wraps: an app's name between words, a user's name anywhere. */
  nameBreak: "break-words" | "break-all";
  /** Status badges after the name. */
  badges: ReactNode;
  /** The line under the name that identifies the result: an app's client ID (monospace), a user's email. */
  detail: string;
  mono?: boolean;
};

/** The heading of an administrator's search result (/admin/apps, /admin/users). */
export function ResultHeading({ name, nameBreak, badges, detail, mono = false }: Props) {
  return (
    <div className="min-w-0">
      <p className="flex flex-wrap items-center gap-2 font-medium">
        <span className={nameBreak}>{name}</span>
        {badges}
      </p>
      <p className={`break-all ${mono ? "font-mono text-xs" : "text-sm"} text-slate-600 dark:text-slate-400`}>
        {detail}
      </p>
    </div>
  );
}
