import { maturityAssessmentCreatePermission } from '@agile-ops/plugin-maturity-common';
import { usePermission } from '@backstage/plugin-permission-react';

/** Whether the signed-in user may record an assessment of the entity. */
export function useCanAssess(entityRef: string): {
  loading: boolean;
  allowed: boolean;
} {
  return usePermission({
    permission: maturityAssessmentCreatePermission,
    resourceRef: entityRef,
  });
}
