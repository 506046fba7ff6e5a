import { lazy } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { RequireApplicant, RequireArea } from '../features/auth/components/RequireArea.tsx';
import { ConsoleLayout } from '../features/shell/components/ConsoleLayout.tsx';
import { NotFoundPage } from '../features/shell/components/NotFoundPage.tsx';
import { PortalLayout } from '../features/shell/components/PortalLayout.tsx';
import { RouteErrorPage } from '../features/shell/components/RouteErrorPage.tsx';

// One chunk per page: the public home does not download the admin tables and forms.
const HomePage = lazy(() => import('../features/portal/components/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const ServicesPage = lazy(() => import('../features/catalog/components/ServicesPage.tsx').then((m) => ({ default: m.ServicesPage })));
const TrackCasePage = lazy(() => import('../features/cases/components/TrackCasePage.tsx').then((m) => ({ default: m.TrackCasePage })));
const GuidePage = lazy(() => import('../features/catalog/components/GuidePage.tsx').then((m) => ({ default: m.GuidePage })));
const CancelledProofsPage = lazy(() =>
  import('../features/catalog/components/CancelledProofsPage.tsx').then((m) => ({ default: m.CancelledProofsPage })),
);
const ApplicantLoginPage = lazy(() =>
  import('../features/auth/components/ApplicantLoginPage.tsx').then((m) => ({ default: m.ApplicantLoginPage })),
);
const StaffLoginPage = lazy(() => import('../features/auth/components/StaffLoginPage.tsx').then((m) => ({ default: m.StaffLoginPage })));
const RegisterPage = lazy(() => import('../features/applicants/components/RegisterPage.tsx').then((m) => ({ default: m.RegisterPage })));
const MePage = lazy(() => import('../features/applicants/components/MePage.tsx').then((m) => ({ default: m.MePage })));
const WorkbenchHomePage = lazy(() =>
  import('../features/workbench/components/WorkbenchHomePage.tsx').then((m) => ({ default: m.WorkbenchHomePage })),
);
const ImplementationsPage = lazy(() =>
  import('../features/catalog/components/workbench/ImplementationsPage.tsx').then((m) => ({ default: m.ImplementationsPage })),
);
const ImplementationDetailPage = lazy(() =>
  import('../features/catalog/components/workbench/ImplementationDetailPage.tsx').then((m) => ({ default: m.ImplementationDetailPage })),
);
const ImplementationEditorPage = lazy(() =>
  import('../features/catalog/components/editor/ImplementationEditorPage.tsx').then((m) => ({ default: m.ImplementationEditorPage })),
);
const CatalogImportPage = lazy(() =>
  import('../features/catalog/components/import/CatalogImportPage.tsx').then((m) => ({ default: m.CatalogImportPage })),
);
const CheckReportPage = lazy(() =>
  import('../features/catalog/components/workbench/CheckReportPage.tsx').then((m) => ({ default: m.CheckReportPage })),
);
const RegionsPage = lazy(() => import('../features/regions/components/RegionsPage.tsx').then((m) => ({ default: m.RegionsPage })));
const DepartmentsPage = lazy(() =>
  import('../features/departments/components/DepartmentsPage.tsx').then((m) => ({ default: m.DepartmentsPage })),
);
const HallsPage = lazy(() => import('../features/halls/components/HallsPage.tsx').then((m) => ({ default: m.HallsPage })));
const HallDetailPage = lazy(() => import('../features/halls/components/HallDetailPage.tsx').then((m) => ({ default: m.HallDetailPage })));
const StaffPage = lazy(() => import('../features/staff/components/StaffPage.tsx').then((m) => ({ default: m.StaffPage })));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const NotificationsPage = lazy(() => import('../features/notifications/components/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })));
const ApplyPage = lazy(() => import('../features/cases/components/ApplyPage.tsx').then((m) => ({ default: m.ApplyPage })));
const CaseEditPage = lazy(() => import('../features/cases/components/ApplyPage.tsx').then((m) => ({ default: m.CaseEditPage })));
const MyCasesPage = lazy(() => import('../features/cases/components/MyCasesPage.tsx').then((m) => ({ default: m.MyCasesPage })));
const MyCaseDetailPage = lazy(() => import('../features/cases/components/MyCaseDetailPage.tsx').then((m) => ({ default: m.MyCaseDetailPage })));
const PreReviewQueuePage = lazy(() => import('../features/cases/components/PreReviewQueuePage.tsx').then((m) => ({ default: m.PreReviewQueuePage })));
const StaffCaseDetailPage = lazy(() => import('../features/cases/components/StaffCaseDetailPage.tsx').then((m) => ({ default: m.StaffCaseDetailPage })));
const StepQueuePage = lazy(() => import('../features/cases/components/StepQueuePage.tsx').then((m) => ({ default: m.StepQueuePage })));
const FrontDeskIntakePage = lazy(() => import('../features/cases/components/FrontDeskIntakePage.tsx').then((m) => ({ default: m.FrontDeskIntakePage })));
const FiledCasesPage = lazy(() => import('../features/cases/components/FiledCasesPage.tsx').then((m) => ({ default: m.FiledCasesPage })));
const KioskEntryPage = lazy(() => import('../features/kiosk/components/KioskEntryPage.tsx').then((m) => ({ default: m.KioskEntryPage })));
const CalendarPage = lazy(() => import('../features/calendar/components/CalendarPage.tsx').then((m) => ({ default: m.CalendarPage })));
const LicenceTypesPage = lazy(() => import('../features/licences/admin/components/LicenceTypesPage.tsx').then((m) => ({ default: m.LicenceTypesPage })));
const SealsPage = lazy(() => import('../features/licences/admin/components/SealsPage.tsx').then((m) => ({ default: m.SealsPage })));
const VerifyLicencePage = lazy(() => import('../features/licences/verify/components/VerifyPage.tsx').then((m) => ({ default: m.VerifyPage })));
const LicencesPage = lazy(() => import('../features/licences/verify/components/LicencesPage.tsx').then((m) => ({ default: m.LicencesPage })));
const LicenceImportPage = lazy(() => import('../features/licences/import/components/LicenceImportPage.tsx').then((m) => ({ default: m.LicenceImportPage })));
const MyLicencesPage = lazy(() => import('../features/licences/wallet/components/MyLicencesPage.tsx').then((m) => ({ default: m.MyLicencesPage })));
const SharedLicencePage = lazy(() => import('../features/licences/wallet/components/SharedLicencePage.tsx').then((m) => ({ default: m.SharedLicencePage })));

export const router = createBrowserRouter([
  {
    path: '/',
    element: <PortalLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'services/proofs', element: <CancelledProofsPage /> },
      { path: 'services/:code', element: <GuidePage /> },
      { path: 'login', element: <ApplicantLoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'me', element: <RequireApplicant><MePage /></RequireApplicant> },
      { path: 'track', element: <TrackCasePage /> },
      { path: 'kiosk', element: <KioskEntryPage /> },
      { path: 'track/:caseNumber', element: <TrackCasePage /> },
      { path: 'verify', element: <VerifyLicencePage /> },
      { path: 'verify/:identifier', element: <VerifyLicencePage /> },
      { path: 'licences/shared/:token', element: <SharedLicencePage /> },
      { path: 'me/licences', element: <RequireApplicant><MyLicencesPage /></RequireApplicant> },
      { path: 'me/cases', element: <RequireApplicant><MyCasesPage /></RequireApplicant> },
      { path: 'me/cases/:id', element: <RequireApplicant><MyCaseDetailPage /></RequireApplicant> },
      { path: 'me/cases/:id/edit', element: <RequireApplicant><CaseEditPage /></RequireApplicant> },
      { path: 'apply/:implementationCode', element: <RequireApplicant><ApplyPage /></RequireApplicant> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'staff/login', element: <StaffLoginPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/workbench',
    element: <ConsoleLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <RequireArea area="workbench"><Outlet /></RequireArea>,
        children: [
          { index: true, element: <WorkbenchHomePage /> },
          { path: 'catalog', element: <ImplementationsPage /> },
          { path: 'catalog/report', element: <CheckReportPage /> },
          { path: 'catalog/import', element: <CatalogImportPage /> },
          { path: 'catalog/:id', element: <ImplementationDetailPage /> },
          { path: 'catalog/:id/edit', element: <ImplementationEditorPage /> },
          { path: 'cases/pre-review', element: <PreReviewQueuePage /> },
          { path: 'cases/intake', element: <FrontDeskIntakePage /> },
          { path: 'cases/filed', element: <FiledCasesPage /> },
          { path: 'cases/queue', element: <StepQueuePage /> },
          { path: 'cases/:id', element: <StaffCaseDetailPage /> },
          { path: 'licences', element: <LicencesPage /> },
          { path: 'licences/imports', element: <LicenceImportPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    path: '/admin',
    element: <ConsoleLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <RequireArea area="admin"><Outlet /></RequireArea>,
        children: [
          { index: true, element: <Navigate to="/admin/regions" replace /> },
          { path: 'regions', element: <RegionsPage /> },
          { path: 'departments', element: <DepartmentsPage /> },
          { path: 'halls', element: <HallsPage /> },
          { path: 'halls/:hallId', element: <HallDetailPage /> },
          { path: 'staff', element: <StaffPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'calendar', element: <CalendarPage /> },
          { path: 'licence-types', element: <LicenceTypesPage /> },
          { path: 'seals', element: <SealsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
