import { Entity } from '@backstage/catalog-model';
import { contactLinks, displayName } from './people';

function user(fields: {
  title?: string;
  profile?: { displayName?: string; email?: string };
  links?: Array<{ url: string; title?: string; type?: string }>;
}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', title: fields.title, links: fields.links },
    spec: { profile: fields.profile },
  };
}

describe('displayName', () => {
  it('prefers the display name, then the title, then the entity name', () => {
    const ref = 'user:default/alice';
    expect(
      displayName(
        ref,
        user({ title: 'A.', profile: { displayName: 'Alice A' } }),
      ),
    ).toBe('Alice A');
    expect(displayName(ref, user({ title: 'A.', profile: {} }))).toBe('A.');
    expect(displayName(ref, user({}))).toBe('alice');
  });

  it('falls back to the name in the ref when the entity is missing', () => {
    expect(displayName('user:default/bob')).toBe('bob');
    expect(displayName('user:ops/carol')).toBe('carol');
    expect(displayName('')).toBe('');
  });
});

describe('contactLinks', () => {
  it('gives a mailto link for the profile e-mail, then the entity links', () => {
    expect(
      contactLinks(
        user({
          profile: { email: 'alice@example.com' },
          links: [
            {
              url: 'https://chat.example.com/alice',
              title: 'Chat',
              type: 'chat',
            },
            { url: 'https://phone.example.com/alice' },
          ],
        }),
      ),
    ).toEqual([
      {
        label: 'alice@example.com',
        url: 'mailto:alice@example.com',
        type: 'email',
      },
      { label: 'Chat', url: 'https://chat.example.com/alice', type: 'chat' },
      {
        label: 'https://phone.example.com/alice',
        url: 'https://phone.example.com/alice',
        type: undefined,
      },
    ]);
  });

  it('leaves out links that would run script or are not URLs', () => {
    expect(
      contactLinks(
        user({
          links: [
            // eslint-disable-next-line no-script-url -- the case under test
            { url: 'javascript:alert(1)', title: 'Bad' },
            { url: ' java\tscript:alert(1)', title: 'Hidden' },
            { url: 'data:text/html,<script>1</script>', title: 'Data' },
            { url: 'not a url', title: 'Text' },
            { url: 'slack://user?id=U1', title: 'Slack', type: 'chat' },
          ],
        }),
      ).map(link => link.label),
    ).toEqual(['Slack']);
  });

  it('has nothing for a person without an entity, e-mail or links', () => {
    expect(contactLinks(undefined)).toEqual([]);
    expect(contactLinks(user({}))).toEqual([]);
  });
});
