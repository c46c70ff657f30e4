/**
 * The plan as a document: number, place and date, legal bases, objectives, recipients, signer and the
 * status history; the office edits the heading of a draft (title, number, place, signer).
 */
import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentNumberVi, placeAndDateVi } from '../../../domain/plan/plan-document.schema';
import type { PlanView } from '../../api/plans';
import { useFormat } from '../../lib/format';
import { BasesEditor } from './BasesEditor';
import { HeadingForm } from './HeadingForm';
import { ObjectivesEditor } from './ObjectivesEditor';

export function DocumentTab({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [editing, setEditing] = useState(false);
  const [editingObjectives, setEditingObjectives] = useState(false);
  const [editingBases, setEditingBases] = useState(false);
  const p = view.plan;
  const pendingAt = new Set(p.reviewFlags.filter((f) => f.reviewedAt === null).map((f) => f.path.replace(/\.text$/, '')));
  const toReview = (path: string) =>
    pendingAt.has(path) ? (
      <Badge size="xs" color="yellow" variant="light" ml={6} component="span">
        {t('newPlan.review.badge')}
      </Badge>
    ) : null;
  return (
    <Stack gap="md">
      <Card withBorder>
        {editing ? (
          <HeadingForm view={view} onDone={() => setEditing(false)} />
        ) : (
          <Stack gap={4}>
            <Text fw={700}>{p.issuingUnit.authority.toUpperCase()}</Text>
            <Text>{documentNumberVi(p.documentNumber)}</Text>
            <Text fs="italic">{placeAndDateVi(p.place, p.issuedOn)}</Text>
            <Text fw={700} mt="xs">
              {p.title}
            </Text>
            {view.permissions.edit && (
              <Group mt="xs">
                <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                  {t('plans.doc.edit')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>
      <section>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('plans.doc.legalBases')}
          </Title>
          {view.permissions.edit && !editingBases && (
            <Button size="xs" variant="light" onClick={() => setEditingBases(true)}>
              {t('plans.bases.edit')}
            </Button>
          )}
        </Group>
        {editingBases ? (
          <BasesEditor view={view} onDone={() => setEditingBases(false)} />
        ) : (
          <List size="sm" spacing={4}>
            {p.legalBases.map((b, i) => (
              <List.Item key={`${b.number}-${b.date}`}>
                {b.documentType} số {b.number} ngày {fmt.date(b.date)} của {b.issuer} {b.title}
                {toReview(`legalBases.${i}`)}
                {b.note && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({b.note})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('plans.doc.objectives')}
          </Title>
          {view.permissions.edit && !editingObjectives && (
            <Button size="xs" variant="light" onClick={() => setEditingObjectives(true)}>
              {t('plans.objectives.edit')}
            </Button>
          )}
        </Group>
        {editingObjectives ? (
          <ObjectivesEditor view={view} onDone={() => setEditingObjectives(false)} />
        ) : (
          <List size="sm" spacing={4}>
            {p.objectives.map((o, i) => (
              <List.Item key={o.id}>
                {o.text}
                {toReview(`objectives.${i}`)}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <Group align="flex-start" grow>
        <section>
          <Title order={2} size="h4">
            {t('plans.doc.recipients')}
          </Title>
          <List size="sm">
            {p.recipients.map((r) => (
              <List.Item key={r.name}>{r.name}</List.Item>
            ))}
          </List>
        </section>
        {p.signer && (
          <section>
            <Title order={2} size="h4">
              {t('plans.doc.signer')}
            </Title>
            <Text size="sm" fw={700}>
              {p.signer.onBehalf ? `${p.signer.onBehalf}` : ''}
            </Text>
            <Text size="sm" fw={700}>
              {p.signer.position}
            </Text>
            <Text size="sm">{p.signer.name}</Text>
          </section>
        )}
      </Group>
      {p.statusHistory.length > 0 && (
        <section>
          <Title order={2} size="h4">
            {t('plans.transition.history')}
          </Title>
          <List size="sm">
            {p.statusHistory.map((h) => (
              <List.Item key={h.at}>
                {fmt.dateTime(h.at)}: {t(`plans.status.${h.from}`)} → {t(`plans.status.${h.to}`)} (
                {t(`roles.${h.role}`, { defaultValue: h.role })}){h.note ? ` — ${h.note}` : ''}
              </List.Item>
            ))}
          </List>
        </section>
      )}
      {p.notes.length > 0 && (
        <section>
          <Title order={2} size="h4">
            {t('plans.doc.notes')}
          </Title>
          <List size="xs" c="dimmed">
            {p.notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
