import { findRepeatedVector, repeatedVectorMessage } from './assessments';

describe('findRepeatedVector', () => {
  it('finds the first vector named twice, with both places', () => {
    const repeat = findRepeatedVector([
      { vector: 'stability' },
      { vector: 'documentation' },
      { vector: 'automation' },
      { vector: 'documentation' },
      { vector: 'stability' },
    ]);
    expect(repeat).toEqual({
      vector: 'documentation',
      index: 3,
      firstIndex: 1,
    });
    expect(repeatedVectorMessage(repeat!)).toBe(
      'scores[3].vector "documentation" appears more than once',
    );
  });

  it('finds nothing when each vector appears once', () => {
    expect(findRepeatedVector([])).toBeUndefined();
    expect(
      findRepeatedVector([{ vector: 'stability' }, { vector: 'happiness' }]),
    ).toBeUndefined();
  });
});
