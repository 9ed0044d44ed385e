"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

type Props = { callbackUrl: string; loginHint?: string; auto: boolean };

// next-auth starts a sign-in with a CSRF-checked POST, so this page does it from the browser:
// at once when arriving from a protected page, or with the button (e.g. after an error).
export function SignInWithNinka({ callbackUrl, loginHint, auto }: Props) {
  const started = useRef(false);
  const start = () => void signIn("ninka", { callbackUrl }, loginHint ? { login_hint: loginHint } : undefined);
  useEffect(() => {
    if (auto && !started.current) {
      started.current = true;
      start();
    }
  });
  return (
    <Button type="button" className="w-full" onClick={start}>
      Sign in with Ninka
    </Button>
  );
}
