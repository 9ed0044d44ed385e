import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Props = { uid: string; error?: string };

// A plain form to a route handler (no JavaScript needed), like the login form.
export function SecondStepForm({ uid, error }: Props) {
  return (
    <form
      method="post"
      action={`/interaction/${encodeURIComponent(uid)}/second-step/verify`}
      className="flex flex-col gap-4"
    >
      {error && <Alert tone="error">{error}</Alert>}
      <TextField
        label="Code"
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        hint="The 6-digit code from your authenticator app, or one of your recovery codes."
        required
        autoFocus
      />
      <Button type="submit" className="mt-2 w-full">
        Continue
      </Button>
    </form>
  );
}
