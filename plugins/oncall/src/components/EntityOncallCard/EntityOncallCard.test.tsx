import { NowResponse, RoleCoverage } from '@agile-ops/plugin-oncall-common';
import { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { act, screen, within } from '@testing-library/react';
import { pinClock } from '../../__testUtils__/clock';
import { fakeOncallApi } from '../../__testUtils__/fakeOncallApi';
import {
  ALICE,
  BOB,
  CAROL,
  GROUP_REF,
  makeGroup,
  makeUser,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { NOW_REFRESH_MS } from '../../hooks/useEntityNow';
import { EntityOncallCard } from './EntityOncallCard';

const COMPONENT_REF = 'component:default/payments';
const LEAD = 'user:default/lena';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default', title: 'Payments API' },
  spec: { type: 'service', lifecycle: 'production', owner: GROUP_REF },
};

/** Alice with an e-mail and a chat link; the others with their display names only. */
function people(): Entity[] {
  const alice = makeUser(ALICE, 'Alice Adams');
  alice.spec = {
    ...alice.spec,
    profile: { displayName: 'Alice Adams', email: 'alice@example.com' },
  };
  alice.metadata.links = [
    { url: 'https://chat.example.com/@alice', title: 'Chat', type: 'chat' },
  ];
  return [
    alice,
    makeUser(BOB, 'Bob Brown'),
    makeUser(CAROL, 'Carol Clark'),
    makeUser(LEAD, 'Lena Lead'),
    makeGroup(),
  ];
}

function role(fields: Partial<RoleCoverage> & { role: string }): RoleCoverage {
  return {
    rotationId: `rot-${fields.role}`,
    rotationName: fields.role,
    user: null,
    since: null,
    until: null,
    next: null,
    timezone: 'Europe/Berlin',
    override: false,
    ...fields,
  };
}

// Wednesday 11 March 2026. Berlin is on CET (UTC+1) until 29 March, New York on EDT (UTC-4)
// since 8 March: the two wall clocks are five hours apart.
const POTW = role({
  role: 'potw',
  user: ALICE,
  since: '2026-03-09T08:00:00.000Z',
  until: '2026-03-16T08:00:00.000Z',
  next: { user: BOB, at: '2026-03-16T08:00:00.000Z' },
});
const PRIMARY = role({
  role: 'primary',
  user: BOB,
  since: '2026-03-10T08:00:00.000Z',
  until: '2026-03-12T08:00:00.000Z',
  next: { user: CAROL, at: '2026-03-12T08:00:00.000Z' },
  override: true,
});
const SECONDARY = role({
  role: 'secondary',
  since: '2026-03-11T08:00:00.000Z',
  until: '2026-03-13T08:00:00.000Z',
  next: { user: ALICE, at: '2026-03-13T08:00:00.000Z' },
});

function makeNow(fields: Partial<NowResponse> = {}): NowResponse {
  return {
    entityRef: COMPONENT_REF,
    team: GROUP_REF,
    resolvedVia: 'owner',
    // Not in card order, to show that the card puts PoTW first.
    roles: [SECONDARY, POTW, PRIMARY],
    escalation: [ALICE, BOB, LEAD],
    ...fields,
  };
}

/** A fake backend that answers the component's coverage with `now`. */
function backendWith(now: NowResponse = makeNow()) {
  return fakeOncallApi({ now: { [COMPONENT_REF]: now } });
}

/** Renders the card on the component's page, with alice, bob, carol, the lead and the team. */
async function renderCard(api = backendWith()) {
  await renderWithApis(<EntityOncallCard />, {
    api,
    entity: component,
    catalogEntities: people(),
  });
  return api;
}

/** The card's entry for a role, once the card has loaded. */
async function findRole(label: string) {
  const list = await screen.findByRole('list', { name: 'Who covers now' });
  return within(list).getByRole('listitem', { name: label });
}

/** An element's text with whitespace runs collapsed, as a reader sees it. */
function textOf(element: HTMLElement) {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('EntityOncallCard', () => {
  describe('for a viewer in New York', () => {
    pinClock('America/New_York');

    it('shows progress while it asks who covers the entity', async () => {
      const api = backendWith();
      api.getEntityNow.mockImplementation(() => new Promise(() => {}));
      await renderCard(api);

      const card = await screen.findByRole('region', {
        name: 'PoTW and on-call card',
      });
      expect(await within(card).findByRole('progressbar')).toBeInTheDocument();
      expect(api.getEntityNow).toHaveBeenCalledWith(COMPONENT_REF);
    });

    it('lists the roles in order with names, hand-offs in both zones and who is next', async () => {
      await renderCard();

      const list = await screen.findByRole('list', { name: 'Who covers now' });
      expect(
        within(list)
          .getAllByRole('heading')
          .map(heading => heading.textContent),
      ).toEqual(['Person of the Week', 'Primary on-call', 'Secondary on-call']);

      const potw = await findRole('Person of the Week');
      expect(
        within(potw).getByRole('link', { name: 'Alice Adams' }),
      ).toHaveAttribute('href', '/catalog/default/user/alice');
      expect(
        within(potw).getByText(
          'until Mon 16 Mar, 04:00 (your time) · 09:00 Europe/Berlin',
        ),
      ).toBeInTheDocument();
      // The next person takes over at the end of this shift: no second time to read.
      expect(textOf(within(potw).getByText(/^Next:/))).toBe('Next: Bob Brown');
      expect(
        within(potw).getByRole('link', { name: 'Bob Brown' }),
      ).toHaveAttribute('href', '/catalog/default/user/bob');

      const primary = await findRole('Primary on-call');
      expect(within(primary).getByText('Bob Brown')).toBeInTheDocument();
      expect(
        within(primary).getByText(
          'until Thu 12 Mar, 04:00 (your time) · 09:00 Europe/Berlin',
        ),
      ).toBeInTheDocument();
      expect(textOf(within(primary).getByText(/^Next:/))).toBe(
        'Next: Carol Clark',
      );
    });

    it('marks an override and only that one', async () => {
      await renderCard();

      expect(
        within(await findRole('Primary on-call')).getByText('Override'),
      ).toBeInTheDocument();
      expect(
        within(await findRole('Person of the Week')).queryByText('Override'),
      ).not.toBeInTheDocument();
    });

    it('says when nobody covers a role, until when and who comes next', async () => {
      await renderCard();

      const secondary = await findRole('Secondary on-call');
      expect(within(secondary).getByText('Nobody is covering')).toBeVisible();
      expect(
        within(secondary).getByText(
          'until Fri 13 Mar, 04:00 (your time) · 09:00 Europe/Berlin',
        ),
      ).toBeInTheDocument();
      expect(textOf(within(secondary).getByText(/^Next:/))).toBe(
        'Next: Alice Adams',
      );
      expect(within(secondary).queryByRole('list')).not.toBeInTheDocument();
    });

    it('shows when the next person starts if that is not the end of the shift, and an upcoming gap', async () => {
      await renderCard(
        backendWith(
          makeNow({
            roles: [
              {
                ...POTW,
                next: { user: null, at: '2026-03-16T08:00:00.000Z' },
              },
              {
                ...PRIMARY,
                override: false,
                until: null,
                next: { user: CAROL, at: '2026-03-20T08:00:00.000Z' },
              },
              { ...SECONDARY, user: CAROL, next: null },
            ],
          }),
        ),
      );

      expect(
        textOf(
          within(await findRole('Person of the Week')).getByText(/^Next:/),
        ),
      ).toBe('Next: nobody is scheduled');
      const primary = await findRole('Primary on-call');
      expect(within(primary).getByText('No hand-off scheduled')).toBeVisible();
      expect(textOf(within(primary).getByText(/^Next:/))).toBe(
        'Next: Carol Clark from Fri 20 Mar, 04:00 (your time) · 09:00 Europe/Berlin',
      );
      expect(
        within(await findRole('Secondary on-call')).getByText(
          'Nothing scheduled after that',
        ),
      ).toBeVisible();
    });

    it('lists the escalation chain in order, ending with the group lead', async () => {
      await renderCard();

      const chain = await screen.findByRole('list', { name: 'Escalation' });
      expect(within(chain).getAllByRole('listitem').map(textOf)).toEqual([
        'Alice Adams · Person of the Week',
        'Bob Brown · Primary on-call',
        'Lena Lead · Group lead',
      ]);
      expect(
        within(chain).getByRole('link', { name: 'Lena Lead' }),
      ).toHaveAttribute('href', '/catalog/default/user/lena');
    });

    it("offers the current person's e-mail and chat links", async () => {
      await renderCard();

      const potw = await findRole('Person of the Week');
      const contact = within(potw).getByRole('list', {
        name: 'Contact Alice Adams',
      });
      expect(
        within(contact).getByRole('link', { name: /alice@example.com/ }),
      ).toHaveAttribute('href', 'mailto:alice@example.com');
      expect(
        within(contact).getByRole('link', { name: /Chat/ }),
      ).toHaveAttribute('href', 'https://chat.example.com/@alice');
      // Bob has neither in the catalog.
      expect(
        within(await findRole('Primary on-call')).queryByRole('list'),
      ).not.toBeInTheDocument();
    });

    it('links the team, its calendar, and says when an annotation chose it', async () => {
      await renderCard(backendWith(makeNow({ resolvedVia: 'annotation' })));

      const card = await screen.findByRole('region', {
        name: 'PoTW and on-call card',
      });
      const team = await within(card).findByRole('link', { name: 'Payments' });
      expect(team).toHaveAttribute(
        'href',
        '/catalog/default/group/team-payments',
      );
      expect(
        within(card).getByText(/via agile-ops\/oncall-team/),
      ).toBeVisible();
      expect(
        within(card).getByRole('link', {
          name: /Calendar, overrides and hand-offs/,
        }),
      ).toHaveAttribute('href', '/catalog/default/group/team-payments/oncall');
    });

    it('does not claim an annotation for a team found through the owner', async () => {
      await renderCard();

      await findRole('Person of the Week');
      expect(screen.getByRole('link', { name: 'Payments' })).toBeVisible();
      expect(screen.queryByText(/via agile-ops/)).not.toBeInTheDocument();
    });

    it('falls back to the name in the ref for people the catalog does not know', async () => {
      await renderCard(
        backendWith(
          makeNow({
            roles: [{ ...POTW, user: 'user:default/ghost', next: null }],
            escalation: ['user:default/ghost'],
          }),
        ),
      );

      const potw = await findRole('Person of the Week');
      expect(within(potw).getByRole('link', { name: 'ghost' })).toHaveAttribute(
        'href',
        '/catalog/default/user/ghost',
      );
    });
  });

  describe('for a viewer in the rotation’s own time', () => {
    pinClock('Europe/Paris');

    it('shows one time when the wall clocks agree', async () => {
      await renderCard();

      const potw = await findRole('Person of the Week');
      expect(within(potw).getByText('until Mon 16 Mar, 09:00')).toBeVisible();
      expect(within(potw).queryByText(/your time/)).not.toBeInTheDocument();
    });
  });

  describe('empty states and errors', () => {
    pinClock();

    it('explains how to give an entity without a team one', async () => {
      await renderCard(
        backendWith(
          makeNow({ team: null, resolvedVia: null, roles: [], escalation: [] }),
        ),
      );

      expect(
        await screen.findByText('No team covers this entity'),
      ).toBeInTheDocument();
      expect(
        screen.getByText(
          /owns Payments API\. Set spec\.owner to a group, or add the agile-ops\/oncall-team annotation/,
        ),
      ).toBeInTheDocument();
    });

    it('sends a team without rotations to its On-call tab', async () => {
      await renderCard(backendWith(makeNow({ roles: [], escalation: [] })));

      expect(
        await screen.findByText('Payments has no rotation yet'),
      ).toBeInTheDocument();
      const open = screen.getByRole('button', { name: 'Open the On-call tab' });
      expect(open).toHaveAttribute(
        'href',
        '/catalog/default/group/team-payments/oncall',
      );
    });

    it('shows an error panel when the backend cannot answer', async () => {
      const api = backendWith();
      api.getEntityNow.mockRejectedValue(
        new Error('oncall backend unavailable'),
      );
      await renderCard(api);

      expect(
        await screen.findByText(/Could not load who is on call/),
      ).toBeInTheDocument();
      expect(
        screen.getAllByText(/oncall backend unavailable/).length,
      ).toBeGreaterThan(0);
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    });

    it('keeps showing the last answer when a minute refresh fails, and says so', async () => {
      jest.useFakeTimers();
      try {
        const api = backendWith();
        await renderCard(api);
        await findRole('Person of the Week');

        api.getEntityNow.mockRejectedValueOnce(new Error('gateway timeout'));
        await act(async () => {
          jest.advanceTimersByTime(NOW_REFRESH_MS);
        });

        expect(
          await screen.findByText(
            'Could not refresh; showing the last answer (gateway timeout)',
          ),
        ).toBeVisible();
        expect(await findRole('Person of the Week')).toHaveTextContent(
          'Alice Adams',
        );
      } finally {
        jest.useRealTimers();
      }
    });

    it('still shows the people when the catalog cannot be asked', async () => {
      const api = fakeOncallApi({ now: { [COMPONENT_REF]: makeNow() } });
      const failing = {
        getEntitiesByRefs: jest.fn(async () => {
          throw new Error('catalog down');
        }),
      };
      await renderWithApis(<EntityOncallCard />, {
        api,
        entity: component,
        catalogApi: failing as unknown as typeof catalogApiRef.T,
      });

      const potw = await findRole('Person of the Week');
      expect(within(potw).getByRole('link', { name: 'alice' })).toBeVisible();
    });
  });
});
