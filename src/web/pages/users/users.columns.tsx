/** Columns of the account list: username, name, role, unit, criteria, state, and enable/disable, reset password. */
import { Badge, Button, Group } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { compareVi } from '../../../domain/text/vietnamese';
import type { ManagedUser } from '../../api/types';

interface Actions {
  toggle: (u: ManagedUser) => void;
  resetPassword: (u: ManagedUser) => void;
  selfId: string | undefined;
  busyId: string | undefined;
}

export function userColumns(t: TFunction, a: Actions): ColumnDef<ManagedUser, unknown>[] {
  return [
    { id: 'username', header: t('users.username'), accessorFn: (u) => u.username },
    {
      id: 'displayName',
      header: t('users.displayName'),
      accessorFn: (u) => u.displayName,
      sortingFn: (x, y) => compareVi(x.original.displayName, y.original.displayName),
    },
    { id: 'role', header: t('users.role'), accessorFn: (u) => t(`roles.${u.role}`) },
    { id: 'unit', header: t('users.unit'), accessorFn: (u) => u.unitName ?? u.unitCode ?? '–' },
    { id: 'criteria', header: t('users.criteria'), enableSorting: false, cell: ({ row }) => row.original.criteria.join(', ') || '–' },
    {
      id: 'state',
      header: t('users.state'),
      accessorFn: (u) => (u.disabled ? 1 : 0),
      cell: ({ row }) => (
        <Badge color={row.original.disabled ? 'gray' : 'teal'} variant="light" tt="none">
          {t(row.original.disabled ? 'users.disabled' : 'users.active')}
        </Badge>
      ),
    },
    {
      id: 'actions',
      header: t('review.actions'),
      enableSorting: false,
      cell: ({ row }) => {
        const u = row.original;
        if (u.id === a.selfId) return null;
        return (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="light"
              color={u.disabled ? 'teal' : 'red'}
              loading={a.busyId === u.id}
              onClick={() => a.toggle(u)}
            >
              {t(u.disabled ? 'users.enable' : 'users.disable')}
            </Button>
            <Button size="compact-sm" variant="subtle" onClick={() => a.resetPassword(u)}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        );
      },
    },
  ];
}
