"use client";

import {
  createContext,
  useContext,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { cn } from "./cn";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-500";

// The control inside a Field picks up its hint/error ids from here, so every form gets
// aria-describedby without each caller remembering it.
const Described = createContext<{ id: string; describedBy?: string } | null>(null);

function useDescribedBy(id: string | undefined, own: string | undefined): string | undefined {
  const ctx = useContext(Described);
  if (own) return own;
  return ctx && ctx.id === id ? ctx.describedBy : undefined;
}

/** A labelled form field with its error, wired for screen readers (aria-describedby). */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <Described.Provider value={{ id, describedBy }}>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        {children}
        {hint && !error ? (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </Described.Provider>
  );
}

export function Input({ className, invalid, ...props }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  const describedBy = useDescribedBy(props.id, props["aria-describedby"]);
  return (
    <input
      {...props}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className={cn(control, className)}
    />
  );
}

export function Textarea({
  className,
  invalid,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }) {
  const describedBy = useDescribedBy(props.id, props["aria-describedby"]);
  return (
    <textarea
      {...props}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className={cn(control, className)}
    />
  );
}

export function Select({
  className,
  invalid,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  const describedBy = useDescribedBy(props.id, props["aria-describedby"]);
  return (
    <select
      {...props}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className={cn(control, className)}
    />
  );
}
