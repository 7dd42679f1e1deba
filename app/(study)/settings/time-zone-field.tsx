"use client";

import { useSyncExternalStore } from "react";
import { FormField } from "@/app/_components/form-field";
import { secondaryButton } from "@/app/_components/button-classes";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const zoneList = () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
let zones: readonly string[] | null = null;
const cachedZones = () => (zones ??= zoneList());
const noZones: readonly string[] = [];

/** IANA time zone with the browser's zone offered, and every known zone as suggestions. */
export function TimeZoneField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const browser = useSyncExternalStore(noSubscription, browserZone, () => null);
  const suggestions = useSyncExternalStore(noSubscription, cachedZones, () => noZones);
  return (
    <div className="space-y-2">
      <FormField label="Time zone (your study day starts at 4 a.m. here)" name="timeZone" list="time-zones" autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} error={error} />
      <datalist id="time-zones">
        {suggestions.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {browser && browser !== value && (
        <button type="button" className={secondaryButton} onClick={() => onChange(browser)}>
          Use this device&apos;s time zone ({browser})
        </button>
      )}
    </div>
  );
}
