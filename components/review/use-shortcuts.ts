"use client";

import { useEffect, useRef } from "react";

/** True when a key press belongs to what the user is typing, not to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

let listening = 0;

/**
 * Single-key shortcuts for the review flow. They never fire while typing in a field, with a
 * modifier held (browser and screen-reader shortcuts stay intact), or while a dialog is open.
 */
/** A handler that returns false leaves the key to the page (its default action is kept). */
export function useShortcuts(handlers: Record<string, (e: KeyboardEvent) => unknown>) {
  // The latest handlers without re-binding the listener on every render.
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const handler = ref.current[e.key];
      if (!handler) return;
      if (handler(e) !== false) e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    // A page's parts hydrate separately; browser tests wait for this mark before pressing keys.
    listening++;
    document.documentElement.dataset.shortcuts = "on";
    return () => {
      document.removeEventListener("keydown", onKey);
      if (--listening === 0) delete document.documentElement.dataset.shortcuts;
    };
  }, []);
}
