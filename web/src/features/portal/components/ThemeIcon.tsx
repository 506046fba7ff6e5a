import {
  AccountBookOutlined,
  AuditOutlined,
  BuildOutlined,
  HeartOutlined,
  HomeOutlined,
  MedicineBoxOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SmileOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { HomeTheme } from '../themes.ts';

export function ThemeIcon({ theme }: { theme: HomeTheme }) {
  switch (theme) {
    case 'birth':
      return <SmileOutlined aria-hidden />;
    case 'household':
      return <TeamOutlined aria-hidden />;
    case 'social_security':
      return <SafetyCertificateOutlined aria-hidden />;
    case 'employment':
      return <SolutionOutlined aria-hidden />;
    case 'education':
      return <ReadOutlined aria-hidden />;
    case 'medical':
      return <MedicineBoxOutlined aria-hidden />;
    case 'housing':
      return <HomeOutlined aria-hidden />;
    case 'marriage':
      return <HeartOutlined aria-hidden />;
    case 'establishment':
      return <ShopOutlined aria-hidden />;
    case 'permits':
      return <AuditOutlined aria-hidden />;
    case 'construction':
      return <BuildOutlined aria-hidden />;
    case 'tax':
      return <AccountBookOutlined aria-hidden />;
  }
}
