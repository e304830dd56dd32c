import { teamRefsOf } from './ownership';

describe('teamRefsOf', () => {
  it('keeps the groups, normalised, once each and sorted', () => {
    expect(
      teamRefsOf([
        'user:default/alex.morgan',
        'group:default/team-payments',
        'Group:default/Team-Checkout',
        'group:default/team-payments',
        'not a ref:::',
      ]),
    ).toEqual(['group:default/team-checkout', 'group:default/team-payments']);
  });

  it('is empty for a user in no group', () => {
    expect(teamRefsOf(['user:default/alex.morgan'])).toEqual([]);
  });
});
