import { Button } from "@/components/ui/button";

const scopeText: Record<string, string> = {
  openid: "Know who you are on Ninka",
  profile: "See your name",
  email: "See your email address",
  offline_access: "Stay connected when you are not using it",
};

// Minimal consent for third-party apps; first-party ones (the console) never see it.
export function ConsentForm({ uid, scopes }: { uid: string; scopes: string[] }) {
  return (
    <form method="post" action={`/interaction/${encodeURIComponent(uid)}/consent`} className="flex flex-col gap-4">
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {scopes.map((scope) => (
          <li key={scope}>{scopeText[scope] ?? scope}</li>
        ))}
      </ul>
      <div className="mt-2 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button type="submit" name="decision" value="deny" variant="secondary">
          Cancel
        </Button>
        <Button type="submit" name="decision" value="allow">
          Allow
        </Button>
      </div>
    </form>
  );
}
