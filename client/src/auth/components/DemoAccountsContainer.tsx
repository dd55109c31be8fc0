import { useAppInfoQuery } from '../../app/hooks/useAppInfoQuery';
import type { DemoAccount } from '../utils/demo-accounts';
import { DemoAccounts } from './DemoAccounts';

export type DemoAccountsContainerProps = {
  onPick: (account: DemoAccount) => void;
};

/** Lists the demo accounts only while the server holds synthetic demo data. */
export function DemoAccountsContainer({ onPick }: DemoAccountsContainerProps) {
  const { data } = useAppInfoQuery();
  return data?.appInfo.syntheticData ? <DemoAccounts onPick={onPick} /> : null;
}
