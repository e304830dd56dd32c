import { entity } from '../__testUtils__/entities';
import { CREATED_AT_ANNOTATION, createdAt } from './createdAt';

const NOW = new Date('2025-06-01T12:00:00Z');
const dated = (value: string) =>
  createdAt(
    entity('component', 'c', {
      annotations: { [CREATED_AT_ANNOTATION]: value },
    }),
    NOW,
  );

describe('createdAt', () => {
  it('is absent without the annotation', () => {
    expect(createdAt(entity('component', 'c'), NOW)).toEqual({
      state: 'absent',
    });
  });

  it.each([
    ['2025-06-01', 0],
    ['2025-05-31', 1],
    ['2024-06-01', 365],
    ['2025-05-01T12:00:00Z', 31],
    ['2025-05-31T13:00:00.123+02:00', 1],
  ])('counts whole days from %s', (value, ageDays) => {
    expect(dated(value)).toEqual({ state: 'dated', value, ageDays });
  });

  it.each([
    'yesterday',
    '01/06/2024',
    '2023-02-30',
    '2023-13-01',
    '2025-06-02',
    '2025-06-01T10:00:00',
    '',
  ])('refuses %j rather than guess', value => {
    expect(dated(value)).toEqual({ state: 'invalid', value });
  });
});
