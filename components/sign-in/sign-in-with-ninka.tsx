"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  callbackUrl: string;
  loginHint?: string;
  /** Sign in again (step-up): Ninka asks even with a session. */ reauth?: boolean;
  auto: boolean;
};

// next-auth starts a sign-in with a CSRF-checked POST, so this page does it from the browser:
// at once when arriving from a protected page, or with the button (e.g. after an error).
export function SignInWithNinka({ callbackUrl, loginHint, reauth = false, auto }: Props) {
  const started = useRef(false);
  const params = { ...(loginHint && { login_hint: loginHint }), ...(reauth && { prompt: "login" }) };
  const start = () => void signIn("ninka", { callbackUrl }, Object.keys(params).length ? params : undefined);
  useEffect(() => {
    if (auto && !started.current) {
      started.current = true;
      start();
    }
  });
  return (
    <Button type="button" className="w-full" onClick={start}>
      {reauth ? "Sign in again" : "Sign in with Ninka"}
    </Button>
  );
}
