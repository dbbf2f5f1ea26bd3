"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import * as authjs from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { checkSignInThrottle, clientAddress, throttleMessage } from "@/lib/auth/throttle";

export interface SignInState {
  error?: string;
  email?: string;
}

export async function signIn(_prev: SignInState, formData: FormData): Promise<SignInState> {
  // Anyone can call this action with any arguments: a forged call gets the ordinary answer.
  if (!(formData instanceof FormData)) return { error: "Invalid email or password." };
  const email = String(formData.get("email") ?? "").slice(0, 200);
  // Checked here too (authorize() checks again and counts the failure) so the message can say
  // when to try again; Auth.js only passes a code through.
  const { retryAt } = await checkSignInThrottle(email, clientAddress(await headers()));
  if (retryAt) return { error: throttleMessage(retryAt), email };
  try {
    await authjs.signIn("credentials", {
      email,
      password: String(formData.get("password") ?? ""),
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
    return {};
  } catch (err) {
    if (err instanceof AuthError) {
      // Locked between our check and authorize(): the same clear message.
      if ("code" in err && err.code === "throttled") {
        const again = await checkSignInThrottle(email, clientAddress(await headers()));
        return { error: throttleMessage(again.retryAt ?? new Date(Date.now() + 60_000)), email };
      }
      // One message for every bad-credential case: never reveal whether the email exists.
      return { error: "Invalid email or password.", email };
    }
    throw err; // the successful redirect is thrown, too
  }
}
