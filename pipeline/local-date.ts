// "Today" as the person running a command means it: the machine's local calendar date, yyyy-mm-dd.

export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
