/**
 * The routes (Vietnamese paths). Pages are split into lazy chunks so the first page stays small;
 * everything except sign-in and the public page sits behind RequireAuth in the app layout.
 */
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { PublicLayout } from '../components/PublicLayout';
import { RequireAuth } from '../components/RequireAuth';
import { HomeRedirect } from './HomeRedirect';

const SignInPage = lazy(() => import('../pages/sign-in/SignInPage'));
const BoardPage = lazy(() => import('../pages/board/BoardPage'));
const CriterionPage = lazy(() => import('../pages/criterion/CriterionPage'));
const CommunePage = lazy(() => import('../pages/commune/CommunePage'));
const DataEntryPage = lazy(() => import('../pages/entry/DataEntryPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));
const AreaAuditPage = lazy(() => import('../pages/audit/AreaAuditPage'));
const VerificationPage = lazy(() => import('../pages/verify/VerificationPage'));
const UsersPage = lazy(() => import('../pages/users/UsersPage'));
const PasswordPage = lazy(() => import('../pages/account/PasswordPage'));
const PublicPage = lazy(() => import('../pages/public/PublicPage'));
const PlansPage = lazy(() => import('../pages/plans/PlansPage'));
const PlanPage = lazy(() => import('../pages/plans/PlanPage'));
const NewPlanPage = lazy(() => import('../pages/plans/NewPlanPage'));
const ImportPage = lazy(() => import('../pages/documents/ImportPage'));
const SurveyListPage = lazy(() => import('../pages/survey/SurveyListPage'));
const SurveyRoundPage = lazy(() => import('../pages/survey/SurveyRoundPage'));
const PublicBallotPage = lazy(() => import('../pages/survey/PublicBallotPage'));
const FundingBoardPage = lazy(() => import('../pages/fundboard/FundingBoardPage'));
const PlanImportPage = lazy(() => import('../pages/fundboard/PlanImportPage'));
const AllocationPage = lazy(() => import('../pages/money/AllocationPage'));
const DisbursementPage = lazy(() => import('../pages/money/DisbursementPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
const DossierListPage = lazy(() => import('../pages/dossier/DossierListPage'));
const DossierPage = lazy(() => import('../pages/dossier/DossierPage'));
const WorksListPage = lazy(() => import('../pages/works/WorksListPage'));
const WorkPage = lazy(() => import('../pages/works/WorkPage'));
const TitleRisksPage = lazy(() => import('../pages/recognition/TitleRisksPage'));

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/dang-nhap', element: <SignInPage /> },
      { path: '/cong-khai/:code', element: <PublicPage /> },
      { path: '/khao-sat/:token', element: <PublicBallotPage /> },
    ],
  },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: '/bang-tong-hop', element: <BoardPage /> },
      { path: '/bang-tong-hop/:unit', element: <BoardPage /> },
      { path: '/tai-chinh/:unit', element: <FundingBoardPage /> },
      { path: '/tai-chinh/:unit/nhap-ke-hoach', element: <PlanImportPage /> },
      { path: '/von/:unit/:year', element: <AllocationPage /> },
      { path: '/von/:unit/:year/giai-ngan', element: <DisbursementPage /> },
      { path: '/bang-tong-hop/:unit/tieu-chi/:number', element: <CriterionPage /> },
      { path: '/bang-tong-hop/:unit/danh-hieu', element: <TitleRisksPage /> },
      { path: '/xa/:code', element: <CommunePage /> },
      { path: '/xa/:code/nhap-lieu', element: <DataEntryPage /> },
      { path: '/xa/:code/nhat-ky', element: <AuditPage /> },
      { path: '/xa/:code/khao-sat', element: <SurveyListPage /> },
      { path: '/xa/:code/khao-sat/:id', element: <SurveyRoundPage /> },
      { path: '/xa/:code/ho-so', element: <DossierListPage /> },
      { path: '/ho-so/:id', element: <DossierPage /> },
      { path: '/cong-trinh/chi-tiet/:id', element: <WorkPage /> },
      { path: '/cong-trinh/:unit', element: <WorksListPage /> },
      { path: '/nhat-ky', element: <AreaAuditPage /> },
      { path: '/nhap-tu-tep/:unit', element: <ImportPage /> },
      { path: '/xac-minh', element: <VerificationPage /> },
      { path: '/ke-hoach', element: <PlansPage /> },
      { path: '/ke-hoach/moi', element: <NewPlanPage /> },
      { path: '/ke-hoach/:plan', element: <PlanPage /> },
      { path: '/nguoi-dung', element: <UsersPage /> },
      { path: '/doi-mat-khau', element: <PasswordPage /> },
      { path: '/trang-chu', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
