export { scaffolderModuleAgileOps as default } from './module';
export {
  AUTOMATION_SIGNATURE_HEADER,
  AUTOMATION_TIMESTAMP_HEADER,
  createAutomationRequestVerifier,
  readSigningSecret,
  SIGNING_SECRET_KEY,
  signAutomationRequest,
} from './automation/signing';
export type {
  AutomationRequestVerifier,
  SignedRequest,
} from './automation/signing';
