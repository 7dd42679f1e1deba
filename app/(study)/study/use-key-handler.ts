"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * One window keydown listener for the page's lifetime, calling the handler of the latest render.
 * The handler is swapped in a layout effect, in the same task as the commit that showed the new
 * card: a key pressed as soon as the card is on screen never meets the previous card's handler
 * (re-adding the listener in a passive effect left a gap after each answer in which keys were lost).
 */
export function useKeyHandler(handler: (event: KeyboardEvent) => void, onReady: () => void): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    window.addEventListener("keydown", listener);
    onReady();
    return () => window.removeEventListener("keydown", listener);
  }, [onReady]);
}

/** Whether a key press belongs to a text field (never a study key). */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** Whether this key already activates the focused element (Space or Enter a button, Enter a link): the page leaves it to the browser. */
export function activatesItself(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (key === "enter" && target.closest("a[href]")) return true;
  return (key === " " || key === "enter") && target.closest("button, summary") !== null;
}
