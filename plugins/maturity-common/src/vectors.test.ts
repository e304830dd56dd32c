import { VectorId } from './schema/openapi.generated';
import {
  compareVectorIds,
  getVector,
  isVectorId,
  MATURITY_VECTORS,
  VECTOR_IDS,
} from './vectors';

// The ids are a storage and API contract: this list must only ever grow.
const EXPECTED_IDS = [
  'supportability',
  'operability',
  'recoverability',
  'documentation',
  'architecture',
  'currency',
  'usability',
  'automation',
  'deployability',
  'stability',
  'community',
  'maturity',
  'ease-of-use',
  'ubiquity',
  'happiness',
];

describe('vectors', () => {
  it('lists the 15 contracted ids in canonical order', () => {
    expect([...VECTOR_IDS]).toEqual(EXPECTED_IDS);
    expect(MATURITY_VECTORS.map(v => v.id)).toEqual(EXPECTED_IDS);
  });

  it('has unique kebab-case ids, titles and descriptions', () => {
    const ids = MATURITY_VECTORS.map(v => v.id);
    expect(new Set(ids).size).toBe(15);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    expect(new Set(MATURITY_VECTORS.map(v => v.title)).size).toBe(15);
    expect(new Set(MATURITY_VECTORS.map(v => v.description)).size).toBe(15);
  });

  it.each(EXPECTED_IDS)(
    '%s has a one-line description and 6 distinct hints',
    id => {
      const vector = getVector(id)!;
      expect(vector.title.trim()).not.toBe('');
      expect(vector.description.trim()).not.toBe('');
      expect(vector.description).not.toMatch(/\n/);
      expect(vector.levelHints).toHaveLength(6);
      for (const hint of vector.levelHints) {
        expect(hint.trim()).not.toBe('');
        expect(hint).not.toMatch(/\n/);
      }
      expect(new Set(vector.levelHints).size).toBe(6);
    },
  );

  it('marks exactly happiness, ease-of-use and usability as subjective', () => {
    const subjective = MATURITY_VECTORS.filter(v => v.subjective).map(
      v => v.id,
    );
    expect(subjective.sort()).toEqual([
      'ease-of-use',
      'happiness',
      'usability',
    ]);
  });

  it('recognises vector ids exactly', () => {
    expect(isVectorId('documentation')).toBe(true);
    expect(isVectorId('ease-of-use')).toBe(true);
    expect(isVectorId('Documentation')).toBe(false);
    expect(isVectorId('ease_of_use')).toBe(false);
    expect(isVectorId('')).toBe(false);
    expect(isVectorId(3)).toBe(false);
    expect(isVectorId(undefined)).toBe(false);
    expect(isVectorId('toString')).toBe(false);
  });

  it('looks vectors up by id', () => {
    expect(getVector('stability').title).toBe('Stability');
    expect(getVector('happiness')).toBe(MATURITY_VECTORS[14]);
    expect(getVector('nope')).toBeUndefined();
  });

  it('is frozen so shared definitions cannot be changed by a consumer', () => {
    const vector = getVector('currency') as any;
    expect(() => {
      vector.title = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      vector.levelHints[0] = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (MATURITY_VECTORS as any).push(vector);
    }).toThrow(TypeError);
    expect(getVector('currency').title).toBe('Currency');
  });

  it('sorts ids in canonical order', () => {
    const shuffled: VectorId[] = ['happiness', 'supportability', 'ease-of-use'];
    expect([...shuffled].sort(compareVectorIds)).toEqual([
      'supportability',
      'ease-of-use',
      'happiness',
    ]);
  });
});
