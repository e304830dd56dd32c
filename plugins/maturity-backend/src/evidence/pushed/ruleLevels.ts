import { FactLevel, FactRule } from './factRules';

type FactValue = number | boolean | string;

/** Whether a value meets a level's conditions; min and max only ever hold for numbers. */
function meets(level: FactLevel, value: FactValue): boolean {
  if (level.equals !== undefined) return value === level.equals;
  if (level.min === undefined && level.max === undefined) return true;
  if (typeof value !== 'number') return false;
  return (
    (level.min === undefined || value >= level.min) &&
    (level.max === undefined || value <= level.max)
  );
}

/** The first level of the rule that the value meets, if any. */
export function levelFor(
  rule: FactRule,
  value: FactValue,
): FactLevel | undefined {
  return rule.levels.find(level => meets(level, value));
}

/** A level's condition in words, e.g. `at least 0.8` or `equal to true`. */
export function describeLevel(level: FactLevel): string {
  if (level.equals !== undefined) return `equal to ${shown(level.equals)}`;
  if (level.min !== undefined && level.max !== undefined) {
    return `from ${level.min} to ${level.max}`;
  }
  if (level.min !== undefined) return `at least ${level.min}`;
  if (level.max !== undefined) return `at most ${level.max}`;
  return 'any value';
}

/** A value as a sentence shows it: texts quoted and cut to 80 characters. */
export function shown(value: FactValue): string {
  if (typeof value !== 'string') return String(value);
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
}
