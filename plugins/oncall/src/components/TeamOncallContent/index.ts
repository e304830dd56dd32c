export { TeamOncallContent } from './TeamOncallContent';
