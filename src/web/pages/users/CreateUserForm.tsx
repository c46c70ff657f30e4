/**
 * Creates an account: username, name, first password, role, unit, and the criteria a department verifies —
 * named with their set, since criterion numbers mean different criteria in QĐ 318 and QĐ 51.
 */
import { Button, Group, MultiSelect, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCriteriaSet, useCriteriaSets } from '../../api/criteria-sets';
import { ROLES, type Role } from '../../api/types';
import { useCreateUser } from '../../api/users';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { newPasswordError } from '../account/password-error';
import { UnitSelect } from './UnitSelect';

interface Props {
  asOf: string | undefined;
  roles: Role[];
  onDone: () => void;
}

export function CreateUserForm({ asOf, roles, onDone }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [f, setF] = useState({
    username: '',
    displayName: '',
    password: '',
    role: 'commune_officer' as Role,
    unitCode: null as string | null,
    criteria: [] as string[],
    criteriaSet: null as string | null,
  });
  const sets = useCriteriaSets();
  const scopeSet = useCriteriaSet(f.role === 'department' ? (f.criteriaSet ?? undefined) : undefined);
  const [tried, setTried] = useState(false);
  const missingUnit = tried && !f.unitCode ? t('users.unitRequired') : null;
  const passwordError = newPasswordError(create.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!f.unitCode) return;
    create.mutate(
      {
        username: f.username.trim(),
        displayName: f.displayName.trim(),
        password: f.password,
        role: f.role,
        unitCode: f.unitCode,
        ...(f.role === 'department' ? { criteria: f.criteria.map(Number), ...(f.criteriaSet ? { criteriaSet: f.criteriaSet } : {}) } : {}),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      {create.isError && !passwordError && <ApiErrorAlert error={create.error} />}
      <TextInput
        label={t('users.username')}
        required
        autoComplete="off"
        value={f.username}
        onChange={(e) => setF({ ...f, username: e.currentTarget.value })}
        data-autofocus
      />
      <TextInput
        label={t('users.displayName')}
        required
        value={f.displayName}
        onChange={(e) => setF({ ...f, displayName: e.currentTarget.value })}
      />
      <PasswordInput
        label={t('users.initialPassword')}
        description={t('password.rule')}
        required
        autoComplete="new-password"
        value={f.password}
        error={passwordError}
        onChange={(e) => setF({ ...f, password: e.currentTarget.value })}
      />
      <Select
        label={t('users.role')}
        data={ROLES.filter((r) => roles.includes(r)).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={f.role}
        onChange={(v) => v && setF({ ...f, role: v as Role })}
        allowDeselect={false}
      />
      <UnitSelect value={f.unitCode} onChange={(v) => setF({ ...f, unitCode: v })} asOf={asOf} error={missingUnit} />
      {f.role === 'department' && (
        <>
          <Select
            label={t('sets.scopeSet')}
            description={t('sets.scopeSetHint')}
            data={(sets.data?.items ?? []).filter((s) => s.tier === 'ntm').map((s) => ({ value: s.code, label: s.name }))}
            value={f.criteriaSet}
            onChange={(v) => setF({ ...f, criteriaSet: v, criteria: [] })}
          />
          <MultiSelect
            label={t('users.criteria')}
            data={(scopeSet.data?.criteria ?? []).map((c) => ({
              value: String(c.number),
              label: `${t('board.criterionN', { n: c.number })}: ${c.name}`,
            }))}
            disabled={!f.criteriaSet}
            value={f.criteria}
            onChange={(v) => setF({ ...f, criteria: v })}
            searchable
          />
        </>
      )}
      <Group justify="flex-end">
        <Button type="submit" loading={create.isPending}>
          {t('users.create')}
        </Button>
      </Group>
    </Stack>
  );
}
