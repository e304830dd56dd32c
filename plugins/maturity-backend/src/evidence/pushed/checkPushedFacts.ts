import { PushedFact, spec } from '@agile-ops/plugin-maturity-common';
import { InputError } from '@backstage/errors';
import { LEAF_KINDS } from '../../rollups/membership';
import { LIMITS } from '../../service/limits';
import { parseEntityRefField } from '../../service/entityRefs';
import { PushedFactInput } from './DatabasePushedFactStore';

const FIELDS = spec.components.schemas.PushedFact.properties;
const KEY_PATTERN = new RegExp(FIELDS.key.pattern);
const VALUE_LENGTH = FIELDS.value.oneOf[2].maxLength;

/** A text that is not blank and at most `max` characters, trimmed; else an InputError. */
function text(value: unknown, max: number, field: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '' || trimmed.length > max) {
    throw new InputError(
      `${field} must be a text of 1 to ${max} characters that is not blank`,
    );
  }
  return trimmed;
}

function checkedValue(value: unknown, field: string) {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && value.length <= VALUE_LENGTH) return value;
  throw new InputError(
    `${field} must be a finite number, a boolean or a text of at most ${VALUE_LENGTH} characters`,
  );
}

/**
 * Checks a push fact by fact, as the OpenAPI document states and beyond it (no time in the
 * future, components and resources only, each entity, key and source once), and returns the
 * facts as the store takes them; the first mistake is an InputError naming its field, such as
 * `facts[3].observedAt`. Whether the entities exist is the caller's to check.
 */
export function checkPushedFacts(
  facts: readonly PushedFact[],
  now: Date,
): PushedFactInput[] {
  const checked: PushedFactInput[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < facts.length; i++) {
    if (i >= LIMITS.factsPerPush) {
      throw new InputError(
        `facts must list at most ${LIMITS.factsPerPush} facts`,
      );
    }
    const fact = facts[i];
    const field = (name: string) => `facts[${i}].${name}`;
    const entityRef = parseEntityRefField(fact.entityRef, field('entityRef'));
    if (!LEAF_KINDS.includes(entityRef.split(':')[0])) {
      throw new InputError(
        `${field('entityRef')} must be a component or a resource, got "${
          fact.entityRef
        }"`,
      );
    }
    const key = fact.key;
    if (
      typeof key !== 'string' ||
      !KEY_PATTERN.test(key) ||
      key.length > FIELDS.key.maxLength
    ) {
      throw new InputError(
        `${field('key')} must be kebab-case, at most ${
          FIELDS.key.maxLength
        } characters, such as "dependency-currency"`,
      );
    }
    const value = checkedValue(fact.value, field('value'));
    let observedAt = now;
    if (fact.observedAt !== undefined) {
      observedAt = new Date(fact.observedAt);
      if (Number.isNaN(observedAt.getTime())) {
        throw new InputError(`${field('observedAt')} must be a date-time`);
      }
      if (observedAt > now) {
        throw new InputError(
          `${field('observedAt')} must not be in the future, got "${
            fact.observedAt
          }"`,
        );
      }
    }
    const source = text(fact.source, FIELDS.source.maxLength, field('source'));
    const sentence =
      fact.text === undefined
        ? undefined
        : text(fact.text, FIELDS.text.maxLength, field('text'));
    const slot = `${entityRef}\n${key}\n${source}`;
    const earlier = seen.get(slot);
    if (earlier !== undefined) {
      throw new InputError(
        `facts[${i}] repeats the entity, key and source of facts[${earlier}]; send each fact once`,
      );
    }
    seen.set(slot, i);
    checked.push({
      entityRef,
      key,
      value,
      ...(sentence !== undefined ? { text: sentence } : {}),
      observedAt,
      source,
    });
  }
  return checked;
}
