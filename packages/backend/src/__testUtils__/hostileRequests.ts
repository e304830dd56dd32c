import fc from 'fast-check';
import {
  badInstant,
  badRef,
  hostileJson,
  hostileSegment,
  hostileText,
  jsonObjectText,
  PROTOTYPE_KEYS,
  structurallyBadBody,
} from './hostileValues';

/** A generated request and whether the route must refuse it. */
export type HostileCase = {
  method: string;
  path: string;
  query?: Record<string, string>;
  /** JSON text, or nothing. */
  body?: string;
  /** True when the case carries at least one value the route has to refuse. */
  mustRefuse: boolean;
};

type Part<T> = fc.Arbitrary<{ value: T; poisoned: boolean }>;

/**
 * Path parameters: the valid values, or (when `forcePoison`, always) one of them replaced by a
 * segment that names nothing.
 */
export function hostilePath(
  template: string,
  valid: Record<string, string>,
  forcePoison = false,
): Part<string> {
  const params = Object.keys(valid);
  const fill = (values: Record<string, string>) =>
    template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name]);
  if (params.length === 0) {
    return fc.constant({ value: template, poisoned: false });
  }
  const poisoned = fc
    .record({ param: fc.constantFrom(...params), segment: hostileSegment })
    .map(({ param, segment }) => ({
      value: fill({ ...valid, [param]: segment }),
      poisoned: true,
    }));
  return forcePoison
    ? poisoned
    : fc.oneof(poisoned, fc.constant({ value: fill(valid), poisoned: false }));
}

/**
 * Query parameters: the valid ones, some replaced by values the route must refuse (`bad`),
 * and a few unknown ones (ignored by design, so they poison nothing).
 */
export function hostileQuery(
  valid: Record<string, string>,
  bad: Record<string, fc.Arbitrary<string>>,
): Part<Record<string, string>> {
  const keys = Object.keys(bad);
  const unknown = fc.dictionary(
    fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })),
    hostileText,
    { maxKeys: 2 },
  );
  return fc
    .record({
      chosen: keys.length ? fc.subarray(keys) : fc.constant([] as string[]),
      unknown,
    })
    .chain(({ chosen, unknown: extra }) =>
      fc
        .record(Object.fromEntries(chosen.map(key => [key, bad[key]])))
        .map(values => ({
          // Unknown keys first, so a chosen bad value is never overwritten by chance.
          value: { ...stripKnown(extra, valid, bad), ...valid, ...values },
          poisoned: chosen.length > 0,
        })),
    );
}

function stripKnown(
  extra: Record<string, string>,
  ...known: Array<Record<string, unknown>>
) {
  return Object.fromEntries(
    Object.entries(extra).filter(
      ([key]) => !known.some(k => Object.hasOwn(k, key)),
    ),
  );
}

/** A body spec: a valid body, values per field the route must refuse, free-text fields. */
export type BodySpec = {
  base: Record<string, unknown>;
  bad: Record<string, fc.Arbitrary<unknown>>;
  /** Free-text fields: any text may be valid there, so they carry SQL and unicode along. */
  soft?: string[];
  /** Fields that are bad in every case (the calendar of an import). */
  always?: string[];
};

/** An object with at least one field the route must refuse (as a plain object). */
export function withBadFields(
  spec: BodySpec,
): fc.Arbitrary<Record<string, unknown>> {
  const optional = Object.keys(spec.bad).filter(
    key => !spec.always?.includes(key),
  );
  const always = spec.always ?? [];
  return fc
    .record({
      chosen: fc.subarray(optional, { minLength: always.length ? 0 : 1 }),
      softKeys: fc.subarray(spec.soft ?? []),
    })
    .chain(({ chosen, softKeys }) =>
      fc
        .record({
          soft: fc.record(
            Object.fromEntries(softKeys.map(key => [key, hostileText])),
          ),
          bad: fc.record(
            Object.fromEntries(
              [...always, ...chosen].map(key => [key, spec.bad[key]]),
            ),
          ),
        })
        .map(({ soft, bad }) => ({ ...spec.base, ...soft, ...bad })),
    );
}

/** A JSON body the route must refuse: bad fields, a prototype key, or no usable JSON at all. */
export function hostileBody(spec: BodySpec): fc.Arbitrary<string> {
  const injected = fc
    .record({
      key: fc.constantFrom(...PROTOTYPE_KEYS),
      value: hostileJson,
      fields: withBadFields(spec),
    })
    .map(({ key, value, fields }) =>
      jsonObjectText([...Object.entries(fields), [key, value]]),
    );
  return fc.oneof(
    { weight: 6, arbitrary: withBadFields(spec).map(v => JSON.stringify(v)) },
    { weight: 2, arbitrary: injected },
    { weight: 1, arbitrary: structurallyBadBody },
  );
}

/** A read: the route may answer 2xx unless a poisoned path or query part is in the case. */
export function readCases(
  template: string,
  path: Record<string, string>,
  query: {
    valid?: Record<string, string>;
    bad?: Record<string, fc.Arbitrary<string>>;
  } = {},
): fc.Arbitrary<HostileCase> {
  return fc
    .record({
      path: hostilePath(template, path),
      query: hostileQuery(query.valid ?? {}, query.bad ?? {}),
    })
    .map(({ path: p, query: q }) => ({
      method: 'GET',
      path: p.value,
      query: q.value,
      mustRefuse: p.poisoned || q.poisoned,
    }));
}

/** A write with a body: a hostile body on the valid path, or a valid body on a path naming nothing. */
export function writeCases(
  method: string,
  template: string,
  path: Record<string, string>,
  spec: BodySpec,
): fc.Arbitrary<HostileCase> {
  const onValidPath = hostileBody(spec).map(body => ({
    method,
    path: template.replace(/\{([^}]+)\}/g, (_, name: string) => path[name]),
    body,
    mustRefuse: true,
  }));
  if (Object.keys(path).length === 0) return onValidPath;
  const onHostilePath = hostilePath(template, path, true).map(p => ({
    method,
    path: p.value,
    body: JSON.stringify(spec.base),
    mustRefuse: true,
  }));
  return fc.oneof(
    { weight: 3, arbitrary: onValidPath },
    { weight: 1, arbitrary: onHostilePath },
  );
}

/** A write without a body on a path that names nothing (404), with junk in the body anyway. */
export function pathOnlyCases(
  method: string,
  template: string,
  path: Record<string, string>,
): fc.Arbitrary<HostileCase> {
  return fc
    .record({
      path: hostilePath(template, path, Object.keys(path).length > 0),
      body: fc.option(structurallyBadBody, { nil: undefined, freq: 4 }),
    })
    .map(({ path: p, body }) => ({
      method,
      path: p.value,
      body,
      mustRefuse: true,
    }));
}

/** Instants a route must refuse in a window: malformed, or `to` before `from`. */
export const windowBad = { from: badInstant, to: badInstant };

/** Page sizes and cursors a route must refuse. */
export function pageBad(max: number) {
  return {
    limit: fc.oneof(
      fc.constantFrom('0', '-1', `${max + 1}`, '1e9', 'ten', '1.5', ''),
      fc.integer({ min: max + 1 }).map(String),
    ),
    cursor: fc.oneof(
      fc.constantFrom('garbage', '../', '{}', '__proto__', "' OR 1=1 --"),
      hostileText.filter(s => s.length > 0).map(s => `nx${s}`),
    ),
  };
}

/** Refs the route must refuse, for a single field. */
export const refBad = badRef;
