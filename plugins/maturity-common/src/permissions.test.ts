import { isResourcePermission } from '@backstage/plugin-permission-common';
import { maturityAssessmentCreatePermission } from './permissions';

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
