import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

// An unknown app, or another developer's: the same answer, so client IDs cannot be probed.
export default function ClientNotFound() {
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold tracking-tight">App not found</h1>
      <p className="max-w-xl text-slate-600 dark:text-slate-400">
        There is no app with this client ID in your account. It may have been deleted.
      </p>
      <Link href="/console" className={`${buttonClass("secondary")} mt-2`}>
        Back to your apps
      </Link>
    </div>
  );
}
