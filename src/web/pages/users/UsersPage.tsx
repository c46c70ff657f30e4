/** Người dùng (/nguoi-dung): the district office's accounts — list, create, disable or enable, reset a password. */
import { Alert, Button, Group, Modal, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth';
import { useDateContext } from '../../api/date-context';
import type { ManagedUser, Role } from '../../api/types';
import { useUpdateUser, useUsers } from '../../api/users';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DataTable } from '../../components/DataTable';
import { PageLoader } from '../../components/PageLoader';
import { canManageUsers } from '../../lib/roles';
import { CreateUserForm } from './CreateUserForm';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { userColumns } from './users.columns';

const DISTRICT_ROLES: Role[] = ['district_office', 'commune_officer', 'department', 'leader', 'front'];

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useSession().data?.user;
  const allowed = canManageUsers(me);
  const users = useUsers(allowed);
  const update = useUpdateUser();
  // Units offered for a new account: those of the shared date context of the manager's unit (or the country).
  const dateCtx = useDateContext(allowed ? (me?.unitCode ?? null) : undefined);
  const [creating, setCreating] = useState(false);
  const [resetFor, setResetFor] = useState<ManagedUser | null>(null);
  const columns = useMemo(
    () =>
      userColumns(t, {
        toggle: (u) => update.mutate({ id: u.id, disabled: !u.disabled }),
        resetPassword: setResetFor,
        selfId: me?.id,
        busyId: update.isPending ? update.variables?.id : undefined,
      }),
    [t, me?.id, update.isPending, update.variables, update.mutate],
  );

  if (!allowed) return <Alert color="orange">{t('users.forbidden')}</Alert>;
  const asOf = dateCtx.data?.asOf;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('users.new')}</Button>
      </Group>
      {update.isError && <ApiErrorAlert error={update.error} />}
      {users.isError && <ApiErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {users.isPending && !users.isError && <PageLoader />}
      {users.data && (
        <DataTable
          data={users.data.items}
          columns={columns}
          label={t('users.title')}
          stackOnPhone
          rowKey={(u) => u.id}
          initialSort={[{ id: 'displayName', desc: false }]}
        />
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('users.new')} size="lg">
        <CreateUserForm
          asOf={asOf}
          roles={me?.role === 'admin' ? ['admin', 'province_office', ...DISTRICT_ROLES] : DISTRICT_ROLES}
          onDone={() => setCreating(false)}
        />
      </Modal>
      <ResetPasswordDialog user={resetFor} onClose={() => setResetFor(null)} />
    </Stack>
  );
}
