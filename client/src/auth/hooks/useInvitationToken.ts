import { useQueryParam } from '../../utils/use-query-param';

/** The one-time token of an invitation link (`?invitation=<token>`); removed once it is used. */
export const useInvitationToken = () => useQueryParam('invitation');
