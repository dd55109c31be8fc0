import { graphql } from '../../gql';

export const UserRowFields = graphql(`
  fragment UserRowFields on User {
    id
    email
    displayName
    status
    lastLoginAt
    lockedUntil
    version
    roles {
      ...RoleGrantFields
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($skip: Int!, $take: Int!, $filter: UserFilter) {
    users(skip: $skip, take: $take, filter: $filter) {
      totalItems
      items {
        ...UserRowFields
      }
    }
  }
`);

/** What a role can be scoped to. Offices: the first 100, the most the API returns at once. */
export const RoleScopeOptionsQuery = graphql(`
  query RoleScopeOptions {
    programmes {
      id
      name
    }
    offices(take: 100) {
      totalItems
      items {
        id
        name
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitationUrl
      expiresAt
      user {
        ...UserRowFields
      }
    }
  }
`);

export const AssignRoleMutation = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      ...UserRowFields
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id) {
      ...UserRowFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!, $version: Int!) {
    deactivateUser(userId: $userId, version: $version) {
      ...UserRowFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!, $version: Int!) {
    reactivateUser(userId: $userId, version: $version) {
      ...UserRowFields
    }
  }
`);

export const RevokeSessionsMutation = graphql(`
  mutation RevokeSessions($userId: ID!) {
    revokeSessions(userId: $userId)
  }
`);
