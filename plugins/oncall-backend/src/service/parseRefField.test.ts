import { InputError } from '@backstage/errors';
import { parseRefField } from './TeamDirectory';

describe('parseRefField', () => {
  it('reads refs in one lower-case spelling', () => {
    expect(parseRefField('Group:default/Team-A', 'team', 'group')).toBe(
      'group:default/team-a',
    );
  });

  it.each([
    ['a NUL byte', 'group:default/team-a\u0000'],
    ['a line break', 'group:default/team\na'],
    [
      'a name longer than the catalog allows',
      `group:default/${'a'.repeat(64)}`,
    ],
    ['a space', 'group:default/team a'],
    ['no name', 'group:default/'],
  ])('refuses %s with an error naming the field', (_label, value) => {
    expect(() => parseRefField(value, 'owner', 'group')).toThrow(InputError);
    expect(() => parseRefField(value, 'owner', 'group')).toThrow(
      /^owner must be an entity ref such as group:default\/name/,
    );
  });

  it('refuses a ref of another kind, naming the field', () => {
    expect(() => parseRefField('user:default/jo', 'owner', 'group')).toThrow(
      'owner must be a group entity ref, got "user:default/jo"',
    );
  });
});
