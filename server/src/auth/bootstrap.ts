import { OfficeEntity, ProgrammeEntity, RoleAssignmentEntity, UserEntity } from '@caf/db';
import type { UserRole } from '@caf/schema';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from './password';

/** Shared by every demo account; listed in the README. Demo mode only. */
export const DEMO_PASSWORD = 'demo-caf-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: UserRole;
  programmeCode?: string;
  officeTeryt?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.caf-benchmark.pl', displayName: 'Administrator (demo)', role: 'ADMIN' },
  {
    email: 'lider@demo.caf-benchmark.pl',
    displayName: 'Lider programu — UM Dzierżoniów (demo)',
    role: 'PROGRAMME_LEADER',
    programmeCode: 'dzierzoniow-2009',
  },
  {
    email: 'urzad@demo.caf-benchmark.pl',
    displayName: 'Urząd Miasta Dzierżoniów — edycja (demo)',
    role: 'OFFICE_EDITOR',
    officeTeryt: '0202021',
  },
  {
    email: 'podglad@demo.caf-benchmark.pl',
    displayName: 'Urząd Gminy Sękowa — podgląd (demo)',
    role: 'OFFICE_VIEWER',
    officeTeryt: '1205092',
  },
  {
    email: 'ministerstwo@demo.caf-benchmark.pl',
    displayName: 'Analityk ministerstwa (demo)',
    role: 'MINISTRY_ANALYST',
  },
];

async function createActiveUser(
  manager: EntityManager,
  email: string,
  displayName: string,
  password: string,
): Promise<UserEntity> {
  return manager.save(
    UserEntity,
    manager.create(UserEntity, {
      email: email.toLowerCase(),
      displayName,
      passwordHash: await hashPassword(password),
      status: 'ACTIVE',
    }),
  );
}

/** One account per role on top of the demo programme; does nothing when they exist. */
export async function ensureDemoAccounts(
  dataSource: DataSource,
  accounts: readonly DemoAccount[] = DEMO_ACCOUNTS,
): Promise<boolean> {
  return dataSource.transaction(async manager => {
    if (await manager.existsBy(UserEntity, { email: accounts[0]!.email })) {
      return false;
    }
    for (const account of accounts) {
      const user = await createActiveUser(
        manager,
        account.email,
        account.displayName,
        DEMO_PASSWORD,
      );
      const programme = account.programmeCode
        ? await manager.findOneByOrFail(ProgrammeEntity, { code: account.programmeCode })
        : null;
      const office = account.officeTeryt
        ? await manager.findOneByOrFail(OfficeEntity, { teryt: account.officeTeryt })
        : null;
      await manager.insert(RoleAssignmentEntity, {
        userId: user.id,
        role: account.role,
        programmeId: programme?.id ?? null,
        officeId: office?.id ?? null,
      });
    }
    return true;
  });
}

/** A production start creates its first admin from ADMIN_EMAIL / ADMIN_PASSWORD, once. */
export async function ensureInitialAdmin(
  dataSource: DataSource,
  admin: { email: string; password: string },
): Promise<boolean> {
  return dataSource.transaction(async manager => {
    if (await manager.existsBy(RoleAssignmentEntity, { role: 'ADMIN' })) {
      return false;
    }
    const user = await createActiveUser(manager, admin.email, 'Administrator', admin.password);
    await manager.insert(RoleAssignmentEntity, { userId: user.id, role: 'ADMIN' });
    return true;
  });
}
