"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated (`<html data-hydrated>`). Browser tests wait for
 * it before clicking: a click that lands before hydration on a slow machine is otherwise lost.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
