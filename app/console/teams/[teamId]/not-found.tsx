import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

// A team that does not exist and one the person is not in: the same answer, so team ids cannot be probed.
export default function TeamNotFound() {
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold tracking-tight">Team not found</h1>
      <p className="max-w-xl text-slate-600 dark:text-slate-400">
        You are not a member of a team with this id. It may have been deleted, or you may have left it.
      </p>
      <Link href="/console/teams" className={`${buttonClass("secondary")} mt-2`}>
        Back to your teams
      </Link>
    </div>
  );
}
