/** "/" sends a signed-in user to their place: the board of their unit, or a commune officer's own commune. */
import { Navigate } from 'react-router';
import { useSession } from '../api/auth';
import { homePath } from '../lib/roles';

export function HomeRedirect() {
  const { data } = useSession();
  return data ? <Navigate to={homePath(data.user)} replace /> : <Navigate to="/dang-nhap" replace />;
}
