import ICAL from 'ical.js';

// iana-token or x-name, then parameters or the value.
const CONTENT_LINE = /^[A-Za-z0-9-]+[;:]/;
const BEGIN_END = /^(BEGIN|END):(.*)$/i;

function quote(line: string): string {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

function structureError(line: number, problem: string): TypeError {
  return new TypeError(`ics line ${line}: ${problem}`);
}

/**
 * Checks the shape ical.js does not: every line is a content line and BEGIN/END nest inside
 * VCALENDARs. ical.js accepts, for example, an `END:VEVENT` closing a `BEGIN:VCALENDAR`, and
 * its errors carry no line number, which a person fixing an exported file needs.
 */
function checkStructure(ics: string): void {
  const open: Array<{ name: string; line: number }> = [];
  let calendars = 0;
  const physical = ics.split(/\r\n|\n|\r/);
  physical.forEach((text, index) => {
    const line = index + 1;
    // Folded continuation lines and blank lines carry no structure.
    if (text === '' || text.startsWith(' ') || text.startsWith('\t')) {
      return;
    }
    if (!CONTENT_LINE.test(text)) {
      throw structureError(
        line,
        `expected a content line "NAME:value", got ${quote(text)}`,
      );
    }
    const marker = BEGIN_END.exec(text);
    const name = marker?.[2].trim().toUpperCase();
    if (
      open.length === 0 &&
      !(marker?.[1].toUpperCase() === 'BEGIN' && name === 'VCALENDAR')
    ) {
      throw structureError(
        line,
        `expected BEGIN:VCALENDAR, got ${quote(
          text,
        )}; this is not an iCalendar file`,
      );
    }
    if (!marker || !name) {
      return;
    }
    if (marker[1].toUpperCase() === 'BEGIN') {
      open.push({ name, line });
      calendars += name === 'VCALENDAR' ? 1 : 0;
      return;
    }
    const top = open.pop();
    if (top?.name !== name) {
      throw structureError(
        line,
        `END:${name} does not close BEGIN:${top?.name} of line ${top?.line}`,
      );
    }
  });
  if (open.length > 0) {
    const top = open[open.length - 1];
    throw structureError(top.line, `BEGIN:${top.name} is never closed`);
  }
  if (calendars === 0) {
    throw new TypeError('ics is empty: it has no BEGIN:VCALENDAR');
  }
}

/**
 * Parses RFC 5545 text into its VCALENDAR components, throwing a TypeError whose message starts
 * with `ics` and names the line when the text is not a well-formed calendar.
 */
export function parseCalendar(ics: string): ICAL.Component[] {
  if (typeof ics !== 'string') {
    throw new TypeError('ics must be a string');
  }
  // A byte order mark is legal in UTF-8 files but not part of the first content line.
  const text = ics.replace(/^\uFEFF/, '');
  checkStructure(text);
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // ical.js quotes the offending text but gives no line; find the line that has it.
    const quoted = /"([^"]+)"/.exec(message)?.[1];
    const line = quoted
      ? text.split(/\r\n|\n|\r/).findIndex(l => l.includes(quoted)) + 1
      : 0;
    throw new TypeError(
      line > 0
        ? `ics line ${line}: ${message}`
        : `ics could not be parsed: ${message}`,
    );
  }
  // One calendar parses to a jCal array, several to an array of them.
  const calendars = (
    typeof (parsed as unknown[])[0] === 'string' ? [parsed] : parsed
  ) as unknown[];
  return calendars.map(jcal => new ICAL.Component(jcal as any[]));
}
