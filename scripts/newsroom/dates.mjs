// Dates as each outlet prints them. The pack may date an article only to the month ("2025-11"), so formats
// degrade to "November 2025" instead of inventing a day. Parsed from the string itself, never through `Date`,
// so the output does not depend on the machine's time zone.

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** Splits "YYYY[-MM[-DD[THH:MM...]]]" into its parts; missing parts are undefined. */
export function dateParts(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(value ?? '');
  if (!m) return null;
  const [, year, month, day, hour, minute] = m;
  return {
    year,
    month: month && MONTHS[Number(month) - 1],
    monthNo: month,
    day: day && String(Number(day)),
    hour,
    minute,
  };
}

/**
 * Formats a date in one outlet style: 'dmy' (26 November 2025, 21:05), 'mdy' (November 26, 2025) or 'dots'
 * (26.11.2025 21:05).
 */
export function formatDate(value, style = 'dmy', { time = true } = {}) {
  const d = dateParts(value);
  if (!d) return '';
  if (!d.month) return d.year;
  if (!d.day) return `${d.month} ${d.year}`;
  const clock = time && d.hour ? `${d.hour}:${d.minute}` : '';
  if (style === 'mdy') return `${d.month} ${d.day}, ${d.year}`;
  if (style === 'dots') return `${d.day.padStart(2, '0')}.${d.monthNo}.${d.year}${clock && ` ${clock}`}`;
  return `${d.day} ${d.month} ${d.year}${clock && `, ${clock}`}`;
}
