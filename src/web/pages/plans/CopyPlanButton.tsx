/** Starts next year's plan as a copy (district or province office), then opens the new draft. */
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/auth';
import { type PlanView, useCopyPlan } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

const OFFICES = ['admin', 'district_office', 'province_office'];

export function CopyPlanButton({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const navigate = useNavigate();
  const copy = useCopyPlan(view.plan.code);
  const next = view.plan.year + 1;
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState(view.plan.code.replace(String(view.plan.year), String(next)));
  if (!user || !OFFICES.includes(user.role) || view.plan.status === 'superseded') return null;
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('plans.copy.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('plans.copy.title', { year: next })}>
        <Stack>
          <Text size="sm">{t('plans.copy.hint', { year: view.plan.year })}</Text>
          <TextInput label={t('plans.copy.code')} value={code} onChange={(e) => setCode(e.currentTarget.value.trim())} required />
          {copy.isError && <ApiErrorAlert error={copy.error} />}
          <Group justify="flex-end">
            <Button
              loading={copy.isPending}
              onClick={() =>
                copy.mutate(
                  { code },
                  {
                    onSuccess: (r) => {
                      setOpen(false);
                      void navigate(`/ke-hoach/${r.plan.code}?tab=targets`);
                    },
                  },
                )
              }
            >
              {t('plans.copy.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
