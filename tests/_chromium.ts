/** Chromium settings shared by the page test and the browser smoke run. */

/**
 * Flags that keep a test's Chromium quiet and local: no background
 * networking, component updates, sync or first-run page, and a throwaway
 * profile folder.
 */
export function quietChromiumArgs(profile: string): string[] {
  return [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    `--user-data-dir=${profile}`,
  ];
}
