import { InputError } from '@backstage/errors';
import { entityRefFromPath, parseEntityRefField } from './entityRefs';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('entityRefFromPath', () => {
  it('builds the canonical lower-case ref', () => {
    expect(
      entityRefFromPath({
        kind: 'component',
        namespace: 'default',
        name: 'foo',
      }),
    ).toBe('component:default/foo');
    expect(
      entityRefFromPath({
        kind: 'Component',
        namespace: 'default',
        name: 'Payment_Gateway.v2',
      }),
    ).toBe('component:default/payment_gateway.v2');
  });

  it('accepts a namespace in any case, as entity refs are case-insensitive', () => {
    expect(
      entityRefFromPath({ kind: 'Group', namespace: 'Team-Space', name: 'A' }),
    ).toBe('group:team-space/a');
  });

  it('accepts names up to 63 characters', () => {
    const name = `a${'b'.repeat(62)}`;
    expect(
      entityRefFromPath({ kind: 'component', namespace: 'default', name }),
    ).toBe(`component:default/${name}`);
  });

  it.each(['', '1component', 'com-ponent', 'comp onent', 'a'.repeat(64)])(
    'names the kind in the error for %p',
    kind => {
      expect(
        messageOf(() =>
          entityRefFromPath({ kind, namespace: 'default', name: 'foo' }),
        ),
      ).toBe(`kind must be an entity kind such as "component", got "${kind}"`);
    },
  );

  it.each(['', 'team_a', '-team', 'team-', 'a.b', 'x'.repeat(64)])(
    'names the namespace in the error for %p',
    namespace => {
      expect(
        messageOf(() =>
          entityRefFromPath({ kind: 'component', namespace, name: 'foo' }),
        ),
      ).toBe(`namespace must be a valid entity namespace, got "${namespace}"`);
    },
  );

  it.each(['', '-foo', 'foo-', 'a b', 'a/b', 'ü', 'x'.repeat(64)])(
    'names the name in the error for %p',
    name => {
      expect(
        messageOf(() =>
          entityRefFromPath({ kind: 'component', namespace: 'default', name }),
        ),
      ).toBe(`name must be a valid entity name, got "${name}"`);
    },
  );
});

describe('parseEntityRefField', () => {
  it('parses full refs into canonical lower-case refs', () => {
    expect(parseEntityRefField('component:default/foo', 'scope')).toBe(
      'component:default/foo',
    );
    expect(parseEntityRefField('System:Default/Payments', 'scope')).toBe(
      'system:default/payments',
    );
  });

  it('fills in the default namespace', () => {
    expect(parseEntityRefField('component:foo', 'scope')).toBe(
      'component:default/foo',
    );
  });

  it.each([
    'foo',
    'default/foo',
    ':default/foo',
    'component:default/',
    'component:default/-foo',
    'com-ponent:default/foo',
    'component:default/a/b',
  ])('names the field in the error for %p', value => {
    expect(messageOf(() => parseEntityRefField(value, 'entityRefs[3]'))).toBe(
      `entityRefs[3] must be an entity ref like "component:default/name", got "${value}"`,
    );
  });
});
