import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

// An unknown API, or another developer's: the same answer, so API ids cannot be probed.
export default function ApiNotFound() {
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold tracking-tight">API not found</h1>
      <p className="max-w-xl text-slate-600 dark:text-slate-400">
        There is no API with this id in your account. It may have been deleted.
      </p>
      <Link href="/console/apis" className={`${buttonClass("secondary")} mt-2`}>
        Back to your APIs
      </Link>
    </div>
  );
}
