import {
  ImportedInterrupt,
  ImportedRotation,
  OncallImportRequest,
  RotationVersion,
  validateRotationVersion,
} from '@agile-ops/plugin-oncall-common';
import { InputError } from '@backstage/errors';
import { DateTime } from 'luxon';
import { NewInterrupt } from '../database/LedgerStore';
import { instantField, optionalInstant, validated } from './inputErrors';
import { MAX_IMPORT_ITEMS } from './limits';
import { parseRefField } from './TeamDirectory';

/** A checked rotation of an import; `field` names it in later errors, e.g. `rotations[2]`. */
export type CheckedRotation = {
  field: string;
  id: string;
  owner: string;
  name: string;
  version: RotationVersion;
  createdBy: string;
};

/** A checked interrupt of an import, without what the import adds when it stores it. */
export type CheckedInterrupt = Omit<
  NewInterrupt,
  'triagedBy' | 'source' | 'createdAt'
> & { field: string };

/** Every item of an import request, checked and in the form the stores take. */
export type CheckedImport = {
  rotations: CheckedRotation[];
  interrupts: CheckedInterrupt[];
};

// Lengths, patterns, categories and effort are the OpenAPI document's, checked by the router;
// what is left is what the document cannot say: refs, real dates, time order, rules, the
// budget over both lists and ids used twice.

/**
 * Checks every item of an import without asking anyone (the catalog checks come after), and
 * throws an InputError naming the first field that is wrong, e.g. `interrupts[3].resolvedAt`.
 * `caller` is the calling user, who made the items unless they say otherwise; a service
 * caller has none, so its items must name who made them.
 */
export function checkImport(
  body: OncallImportRequest,
  options: { now: Date; caller?: string },
): CheckedImport {
  const rotations = body.rotations ?? [];
  const interrupts = body.interrupts ?? [];
  const count = rotations.length + interrupts.length;
  if (count === 0) {
    throw new InputError('rotations or interrupts must hold at least one item');
  }
  if (count > MAX_IMPORT_ITEMS) {
    throw new InputError(
      `rotations and interrupts hold ${count} items, more than the ${MAX_IMPORT_ITEMS} one import may have; send them in several`,
    );
  }
  const checked = {
    rotations: rotations.map((item, i) =>
      checkRotation(item, `rotations[${i}]`, options),
    ),
    interrupts: interrupts.map((item, i) =>
      checkInterrupt(item, `interrupts[${i}]`, options),
    ),
  };
  refuseRepeatedIds(checked.rotations);
  refuseRepeatedIds(checked.interrupts);
  return checked;
}

function creator(
  given: string | undefined,
  field: string,
  caller: string | undefined,
): string {
  if (given !== undefined) return parseRefField(given, field, 'user');
  if (caller) return caller;
  throw new InputError(
    `${field} is required when a service imports: name the user who made it`,
  );
}

function checkRotation(
  item: ImportedRotation,
  field: string,
  options: { now: Date; caller?: string },
): CheckedRotation {
  const at = (name: string) => `${field}.${name}`;
  const rules = {
    ...item.version,
    participants: item.version.participants.map((p, i) =>
      parseRefField(p, `${at('version.participants')}[${i}]`, 'user'),
    ),
  };
  // Checked with a real instant standing in for an omitted effectiveFrom, so that a bad start
  // date or time zone is named as itself, not as the default it would give.
  validated(() =>
    validateRotationVersion(
      {
        ...rules,
        effectiveFrom: rules.effectiveFrom ?? options.now.toISOString(),
      },
      at('version'),
    ),
  );
  const effectiveFrom = rules.effectiveFrom
    ? instantField(rules.effectiveFrom, at('version.effectiveFrom'))
    : // The rules were in force before the first shift of the start date, wherever it begins.
      DateTime.fromISO(rules.startDate, { zone: rules.timezone }).toJSDate();
  return {
    field,
    id: item.id,
    owner: parseRefField(item.owner, at('owner'), 'group'),
    name: item.name.trim(),
    version: { ...rules, effectiveFrom: effectiveFrom.toISOString() },
    createdBy: creator(item.createdBy, at('createdBy'), options.caller),
  };
}

function notInFuture(value: Date, field: string, now: Date): Date {
  if (value > now) {
    throw new InputError(
      `${field} must not be in the future, got "${value.toISOString()}"`,
    );
  }
  return value;
}

function checkInterrupt(
  item: ImportedInterrupt,
  field: string,
  options: { now: Date; caller?: string },
): CheckedInterrupt {
  const at = (name: string) => `${field}.${name}`;
  const receivedAt = notInFuture(
    instantField(item.receivedAt, at('receivedAt')),
    at('receivedAt'),
    options.now,
  );
  const resolvedAt = optionalInstant(item.resolvedAt, at('resolvedAt'));
  if (resolvedAt) {
    notInFuture(resolvedAt, at('resolvedAt'), options.now);
    if (resolvedAt < receivedAt) {
      throw new InputError(
        `${at('resolvedAt')} must not be before ${at('receivedAt')}`,
      );
    }
  }
  return {
    field,
    // UUIDs are case-insensitive; one spelling keeps a second import from missing the first.
    id: item.id.toLocaleLowerCase('en-US'),
    team: parseRefField(item.team, at('team'), 'group'),
    entityRef: item.entityRef
      ? parseRefField(item.entityRef, at('entityRef'))
      : undefined,
    title: item.title.trim(),
    category: item.category,
    receivedAt,
    effortMinutes: item.effortMinutes,
    resolvedAt,
    createdBy: creator(item.createdBy, at('createdBy'), options.caller),
  };
}

function refuseRepeatedIds(
  items: ReadonlyArray<{ id: string; field: string }>,
) {
  const first = new Map<string, string>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) {
      throw new InputError(
        `${item.field}.id "${item.id}" is also the id of ${earlier}`,
      );
    }
    first.set(item.id, item.field);
  }
}
