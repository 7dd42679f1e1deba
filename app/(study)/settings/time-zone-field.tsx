"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const zoneList = () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
let zones: readonly string[] | null = null;
const cachedZones = () => (zones ??= zoneList());
const noZones: readonly string[] = [];
/** The stored default before a learner chooses: replaced by this device's zone in the form. */
const UNCHOSEN = "UTC";

/** "new york" finds America/New_York: spaces match underscores and slashes, case is ignored. */
function matches(zone: string, query: string): boolean {
  const words = query.toLowerCase().split(/[\s_/]+/).filter(Boolean);
  const name = zone.toLowerCase().replace(/[_/]/g, " ");
  return words.every((word) => name.includes(word));
}

/** A searchable list of IANA time zones; a learner who has not chosen one gets this device's. */
export function TimeZoneField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const browser = useSyncExternalStore(noSubscription, browserZone, () => null);
  const all = useSyncExternalStore(noSubscription, cachedZones, () => noZones);
  const [query, setQuery] = useState("");
  const [fromDevice, setFromDevice] = useState(false);

  useEffect(() => {
    if (value !== UNCHOSEN || !browser || browser === UNCHOSEN || !all.includes(browser)) return;
    setFromDevice(true);
    onChange(browser);
  }, [browser, all, value, onChange]);

  const shown = all.filter((zone) => zone === value || matches(zone, query));
  const options = shown.includes(value) ? shown : [value, ...shown];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Time zone (your study day starts at 4 a.m. here)</legend>
      <label className="block text-sm">
        Search time zones
        <input
          type="search"
          className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
          placeholder="e.g. Berlin, new york, Tokyo"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <label className="block text-sm">
        Time zone
        <select
          name="timeZone"
          size={6}
          className="mt-1 block w-full rounded border border-slate-300 bg-white p-1 text-base dark:border-slate-700 dark:bg-slate-900"
          value={value}
          onChange={(event) => {
            setFromDevice(false);
            onChange(event.target.value);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "timeZone-error" : undefined}
        >
          {options.map((zone) => (
            <option key={zone} value={zone}>{zone.replace(/_/g, " ")}</option>
          ))}
        </select>
      </label>
      {query && shown.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No time zone matches “{query}”.</p>}
      {fromDevice && <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="zone-from-device">{value} is this device&apos;s time zone; save to use it.</p>}
      {error && <p id="timeZone-error" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
