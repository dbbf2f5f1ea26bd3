"use server";

import { AuthError } from "next-auth";
import * as authjs from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export interface SignInState {
  error?: string;
  email?: string;
}

export async function signIn(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  try {
    await authjs.signIn("credentials", {
      email,
      password: String(formData.get("password") ?? ""),
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
    return {};
  } catch (err) {
    // One message for every bad-credential case: never reveal whether the email exists.
    if (err instanceof AuthError) return { error: "Invalid email or password.", email };
    throw err; // the successful redirect is thrown, too
  }
}
