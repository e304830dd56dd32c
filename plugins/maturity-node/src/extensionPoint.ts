import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { EvidenceProvider } from './provider';

/**
 * Registers evidence providers with the maturity backend plugin.
 *
 * @public
 */
export interface MaturityEvidenceExtensionPoint {
  /** Adds a provider; a second provider with the same id stops the backend's start. */
  addProvider(provider: EvidenceProvider): void;
}

/**
 * The extension point of the maturity plugin for evidence providers, for backend modules of
 * plugin `maturity`.
 *
 * @public
 */
export const maturityEvidenceExtensionPoint =
  createExtensionPoint<MaturityEvidenceExtensionPoint>({
    id: 'maturity.evidence',
  });
