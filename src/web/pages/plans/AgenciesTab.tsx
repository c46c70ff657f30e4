/**
 * Who does the work: the agencies of the issuing unit with the users acting for them and the criteria
 * each answers for (the office reassigns a criterion), and the working-group members assigned to communes.
 */
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth';
import { isApiError } from '../../api/client';
import { useCriteriaSet } from '../../api/criteria-sets';
import { type PlanView, useAddMember, useAgencies, useRemoveMember, useSetOwner, useWorkingGroup } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

const OFFICES = ['admin', 'district_office', 'province_office'];

export function AgenciesTab({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const unit = view.plan.issuingUnit.unitCode;
  // the plan's set says which criteria there are (19 in QĐ 318, 10 in QĐ 51) and what each number means
  const planSet = useCriteriaSet(view.plan.criteriaSetCode);
  const agencies = useAgencies(unit);
  const setOwner = useSetOwner(unit);
  const group = useWorkingGroup(view.plan.code);
  const add = useAddMember(view.plan.code);
  const remove = useRemoveMember(view.plan.code);
  const office = !!user && OFFICES.includes(user.role);
  const [criterion, setCriterion] = useState<string | null>(null);
  const [owner, setOwnerCode] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [memberAgency, setMemberAgency] = useState<string | null>(null);
  const [memberUnit, setMemberUnit] = useState<string | null>(null);
  const agencyOptions = (agencies.data?.items ?? view.plan.agencies).map((a) => ({ value: a.code, label: a.name }));
  const communeName = new Map(view.plan.communeTargets.map((c) => [c.unitCode, c.name]));
  return (
    <Stack gap="lg">
      {agencies.isError && !isApiError(agencies.error) && <ApiErrorAlert error={agencies.error} />}
      {agencies.data && (
        <section>
          <Title order={2} size="h4" mb="xs">
            {t('plans.agencies.title')}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('plans.agencies.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.tasks.agency')}</Table.Th>
                  <Table.Th>{t('plans.agencies.users')}</Table.Th>
                  <Table.Th>{t('plans.agencies.criteria')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {agencies.data.items.map((a) => (
                  <Table.Tr key={a.code}>
                    <Table.Td>{a.name}</Table.Td>
                    <Table.Td>{a.users.map((u) => u.displayName).join(', ') || '–'}</Table.Td>
                    <Table.Td>
                      {a.criteria.join(', ') || '–'}
                      {(a.demoCriteria?.length ?? 0) > 0 && (
                        <Badge color="yellow" size="xs" tt="none" ml={6}>
                          {t('trust.demoOwner')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {office && (
            <Group align="flex-end" mt="sm">
              <Select
                label={t('plans.agencies.criterion')}
                data={(planSet.data?.criteria ?? []).map((c) => ({ value: String(c.number), label: `${c.number}. ${c.name}` }))}
                value={criterion}
                onChange={setCriterion}
                w={320}
              />
              <Select label={t('plans.tasks.agency')} data={agencyOptions} value={owner} onChange={setOwnerCode} searchable w={320} />
              <Button
                disabled={!criterion || !owner}
                loading={setOwner.isPending}
                onClick={() => criterion && owner && setOwner.mutate({ number: Number(criterion), agencyCode: owner })}
              >
                {t('plans.agencies.assign')}
              </Button>
            </Group>
          )}
          {setOwner.isError && <ApiErrorAlert error={setOwner.error} />}
        </section>
      )}
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('plans.agencies.workingGroup')}
        </Title>
        {group.isError && <ApiErrorAlert error={group.error} />}
        {group.data?.items.length === 0 && <Text c="dimmed">{t('plans.agencies.noMembers')}</Text>}
        {(group.data?.items ?? []).length > 0 && (
          <Table striped aria-label={t('plans.agencies.workingGroup')}>
            <Table.Tbody>
              {group.data?.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.position ?? ''}</Table.Td>
                  <Table.Td>{agencyOptions.find((a) => a.value === m.agencyCode)?.label ?? ''}</Table.Td>
                  <Table.Td>{communeName.get(m.unitCode) ?? m.unitCode}</Table.Td>
                  {office && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(m.id)}>
                        {t('plans.objectives.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {office && (
          <Group align="flex-end" mt="sm">
            <TextInput label={t('plans.doc.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={200} />
            <TextInput label={t('plans.doc.position')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} w={160} />
            <Select
              label={t('plans.tasks.agency')}
              data={agencyOptions}
              value={memberAgency}
              onChange={setMemberAgency}
              clearable
              searchable
              w={240}
            />
            <Select
              label={t('plans.tasks.commune')}
              data={view.plan.communeTargets.map((c) => ({ value: c.unitCode, label: c.name }))}
              value={memberUnit}
              onChange={setMemberUnit}
              w={180}
            />
            <Button
              disabled={!name.trim() || !memberUnit}
              loading={add.isPending}
              onClick={() =>
                memberUnit &&
                add.mutate(
                  {
                    name: name.trim(),
                    unitCode: memberUnit,
                    ...(position.trim() ? { position: position.trim() } : {}),
                    ...(memberAgency ? { agencyCode: memberAgency } : {}),
                  },
                  { onSuccess: () => setName('') },
                )
              }
            >
              {t('plans.agencies.addMember')}
            </Button>
          </Group>
        )}
        {add.isError && <ApiErrorAlert error={add.error} />}
      </section>
    </Stack>
  );
}
