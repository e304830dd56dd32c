import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  maturityAssessmentCreatePermission,
  maturityFactsPushPermission,
  maturityPermissions,
} from './permissions';

describe('maturityAssessmentCreatePermission', () => {
  it('is a create permission on catalog entities', () => {
    expect(maturityAssessmentCreatePermission.name).toBe(
      'maturity.assessment.create',
    );
    expect(maturityAssessmentCreatePermission.attributes.action).toBe('create');
    expect(
      isResourcePermission(
        maturityAssessmentCreatePermission,
        'catalog-entity',
      ),
    ).toBe(true);
  });
});

describe('maturityFactsPushPermission', () => {
  it('is a basic create permission, registered with the others', () => {
    expect(maturityFactsPushPermission).toEqual({
      type: 'basic',
      name: 'maturity.facts.push',
      attributes: { action: 'create' },
    });
    expect(maturityPermissions).toContain(maturityFactsPushPermission);
    expect(new Set(maturityPermissions.map(p => p.name)).size).toBe(
      maturityPermissions.length,
    );
  });
});
