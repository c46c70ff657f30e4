/** What the current step records, by the step's form: posting, opinions, survey, meeting, declarations, appraisal, council, decision, announcement. */
import { Anchor, Badge, List, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Dossier, dossierFileUrl } from '../../api/dossiers';
import { AppraisalForm } from './AppraisalForm';
import { dmy, pct } from './dossier-format';
import { FactForm, type Field } from './FactForm';

const record = (kind: string, fileField?: string) => (v: Record<string, unknown>) => {
  const { [fileField ?? '']: fileId, ...data } = v;
  return { method: 'PUT' as const, path: `/records/${kind}`, body: { data, fileId: fileField ? (fileId ?? null) : null } };
};

function PostingForms({ d, t }: { d: Dossier; t: TFunction }) {
  const p = d.posting;
  if (!p) return null;
  const channelName = (c: string) => p.channels.find((x) => x.code === c)?.name ?? c;
  return (
    <Stack gap="sm">
      {!p.startedOn ? (
        <FactForm
          id={d.id}
          fields={[{ name: 'startedOn', label: t('dossier.posting.startedOn'), type: 'date', required: true }]}
          submitLabel={t('dossier.posting.setStart')}
          request={(v) => ({ method: 'PUT', path: '/posting', body: v })}
        />
      ) : (
        <>
          <Badge color={p.met ? 'green' : 'orange'} variant="light">
            {p.met ? t('dossier.posting.met') : t('dossier.posting.notMet')}
          </Badge>
          <Text data-testid="posting-status">
            {t('dossier.posting.status', {
              count: p.count,
              min: p.minAnnouncements,
              days: p.periodDays,
              from: dmy(p.startedOn),
              to: dmy(p.endsOn),
            })}
          </Text>
          <List size="sm">
            {p.announcements.map((a) => (
              <List.Item key={a.id}>
                {dmy(a.announcedOn)} — {channelName(a.channel)}
                {a.place ? ` — ${a.place}` : ''}
                {a.photo && (
                  <>
                    {' '}
                    <Anchor href={dossierFileUrl(d.id, a.photo.id)}>{t('dossier.posting.photo')}</Anchor>
                  </>
                )}
              </List.Item>
            ))}
          </List>
          <FactForm
            id={d.id}
            fields={[
              { name: 'announcedOn', label: t('dossier.posting.announcedOn'), type: 'date', required: true },
              {
                name: 'channel',
                label: t('dossier.posting.channel'),
                type: 'select',
                required: true,
                options: p.channels.map((c) => ({ value: c.code, label: c.name })),
              },
              { name: 'place', label: t('dossier.posting.place'), type: 'text' },
              { name: 'photoFileId', label: t('dossier.posting.photo'), type: 'file' },
            ]}
            submitLabel={t('dossier.posting.addAnnouncement')}
            request={(v) => ({ method: 'POST', path: '/posting/announcements', body: v })}
          />
        </>
      )}
      <Title order={4} size="h5">
        {t('dossier.posting.comments')}
      </Title>
      <List size="sm">
        {d.comments.map((c) => (
          <List.Item key={c.id}>
            {dmy(c.receivedOn)} — {c.fromName ?? ''}: {c.content}
          </List.Item>
        ))}
      </List>
      <FactForm
        id={d.id}
        fields={[
          { name: 'receivedOn', label: t('dossier.posting.receivedOn'), type: 'date', required: true },
          { name: 'fromName', label: t('dossier.posting.fromName'), type: 'text' },
          { name: 'content', label: t('dossier.posting.content'), type: 'textarea', required: true },
          { name: 'response', label: t('dossier.posting.response'), type: 'textarea' },
        ]}
        submitLabel={t('dossier.posting.addComment')}
        request={(v) => ({ method: 'POST', path: '/comments', body: v })}
      />
    </Stack>
  );
}

function OpinionForms({ d, t }: { d: Dossier; t: TFunction }) {
  return (
    <Stack gap="sm">
      <List size="sm">
        {d.opinions.map((o) => (
          <List.Item key={o.id}>
            {dmy(o.givenOn)} — {o.organisation}
            {o.summary ? `: ${o.summary}` : ''}
            {o.file && (
              <>
                {' '}
                <Anchor href={dossierFileUrl(d.id, o.file.id)}>{o.file.fileName}</Anchor>
              </>
            )}
          </List.Item>
        ))}
      </List>
      <FactForm
        id={d.id}
        fields={[
          {
            name: 'organisationKind',
            label: t('dossier.opinions.kind'),
            type: 'select',
            required: true,
            options: [
              { value: 'front', label: t('dossier.opinions.kindFront') },
              { value: 'socio_political', label: t('dossier.opinions.kindSocio') },
            ],
          },
          { name: 'organisation', label: t('dossier.opinions.organisation'), type: 'text', required: true },
          { name: 'givenOn', label: t('dossier.opinions.givenOn'), type: 'date', required: true },
          { name: 'summary', label: t('dossier.opinions.summary'), type: 'textarea' },
          { name: 'fileId', label: t('dossier.file'), type: 'file' },
        ]}
        submitLabel={t('dossier.opinions.add')}
        request={(v) => ({ method: 'POST', path: '/opinions', body: v })}
      />
    </Stack>
  );
}

function SurveyView({ d, t }: { d: Dossier; t: TFunction }) {
  return (
    <Stack gap="xs">
      {d.survey.roundId ? (
        <Text>
          {t('dossier.survey.rates', { participation: pct(d.survey.participationRate), satisfaction: pct(d.survey.satisfactionRate) })}
        </Text>
      ) : (
        <Text c="dimmed">{t('dossier.survey.none')}</Text>
      )}
      <Anchor component={Link} to={`/xa/${d.unit.code}/khao-sat`}>
        {t('dossier.survey.link')}
      </Anchor>
    </Stack>
  );
}

function MeetingForm({ d, t }: { d: Dossier; t: TFunction }) {
  const m = d.meeting;
  const fields: Field[] = [
    { name: 'heldOn', label: t('dossier.meeting.heldOn'), type: 'date', required: true },
    { name: 'place', label: t('dossier.meeting.place'), type: 'text' },
    { name: 'chair', label: t('dossier.meeting.chair'), type: 'text' },
    { name: 'secretary', label: t('dossier.meeting.secretary'), type: 'text' },
    { name: 'attendees', label: t('dossier.meeting.attendees'), type: 'number', required: true },
    { name: 'totalMembers', label: t('dossier.meeting.totalMembers'), type: 'number', required: true },
    { name: 'agreeing', label: t('dossier.meeting.agreeing'), type: 'number', required: true },
    { name: 'content', label: t('dossier.meeting.content'), type: 'textarea' },
  ];
  return (
    <Stack gap="xs">
      {m && (
        <Text data-testid="meeting-vote">
          {dmy(m.heldOn)} —{' '}
          {t('dossier.meeting.vote', {
            agreeing: m.agreeing,
            total: m.totalMembers,
            pct: String(Math.floor((m.agreeing * 1000) / m.totalMembers) / 10).replace('.', ','),
          })}
        </Text>
      )}
      {d.meetingVoteRule?.minAgreeingPercent == null && (
        <Text size="sm" c="dimmed">
          {t('dossier.meeting.voteRuleUnknown')}
        </Text>
      )}
      <FactForm id={d.id} fields={fields} submitLabel={t('dossier.save')} request={record('meeting')} />
    </Stack>
  );
}

function DeclarationForms({ d, t }: { d: Dossier; t: TFunction }) {
  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('dossier.debt.title')}
      </Title>
      <FactForm
        id={d.id}
        fields={[
          { name: 'amount', label: t('dossier.debt.amount'), type: 'number', required: true },
          { name: 'declaredOn', label: t('dossier.debt.declaredOn'), type: 'date', required: true },
          { name: 'fileId', label: t('dossier.file'), type: 'file' },
        ]}
        submitLabel={t('dossier.save')}
        request={record('debt', 'fileId')}
      />
      <Title order={4} size="h5">
        {t('dossier.security.title')}
      </Title>
      <FactForm
        id={d.id}
        fields={[
          { name: 'notComplex', label: t('dossier.security.notComplex'), type: 'checkbox' },
          { name: 'declaredBy', label: t('dossier.security.declaredBy'), type: 'text', required: true },
          { name: 'declaredOn', label: t('dossier.security.declaredOn'), type: 'date', required: true },
          { name: 'fileId', label: t('dossier.file'), type: 'file' },
        ]}
        submitLabel={t('dossier.save')}
        request={record('security', 'fileId')}
      />
    </Stack>
  );
}

function CouncilForm({ d, t }: { d: Dossier; t: TFunction }) {
  return (
    <FactForm
      id={d.id}
      fields={[
        { name: 'heldOn', label: t('dossier.council.heldOn'), type: 'date', required: true },
        { name: 'members', label: t('dossier.council.members'), type: 'number', required: true },
        { name: 'attending', label: t('dossier.council.attending'), type: 'number', required: true },
        { name: 'agreeing', label: t('dossier.council.agreeing'), type: 'number', required: true },
        {
          name: 'result',
          label: t('dossier.council.result'),
          type: 'select',
          required: true,
          options: [
            { value: 'approved', label: t('dossier.council.approved') },
            { value: 'rejected', label: t('dossier.council.rejected') },
          ],
        },
      ]}
      submitLabel={t('dossier.save')}
      request={record('council')}
    />
  );
}

function DecisionForms({ d, t }: { d: Dossier; t: TFunction }) {
  return (
    <FactForm
      id={d.id}
      fields={[
        { name: 'number', label: t('dossier.decision.number'), type: 'text' },
        { name: 'date', label: t('dossier.decision.date'), type: 'date', required: true },
        { name: 'signer', label: t('dossier.decision.signer'), type: 'text' },
        { name: 'body', label: t('dossier.decision.body'), type: 'text', required: true },
      ]}
      submitLabel={t('dossier.save')}
      request={record('decision')}
    />
  );
}

function AnnouncementForm({ d, t }: { d: Dossier; t: TFunction }) {
  return (
    <FactForm
      id={d.id}
      fields={[
        { name: 'announcedOn', label: t('dossier.announcement.announcedOn'), type: 'date', required: true },
        { name: 'place', label: t('dossier.announcement.place'), type: 'text' },
      ]}
      submitLabel={t('dossier.save')}
      request={record('announcement')}
    />
  );
}

export function CriteriaTable({ d }: { d: Dossier }) {
  const { t } = useTranslation();
  return (
    <Table striped aria-label={t('dossier.criteria.title', { date: dmy(d.assessmentDate) })}>
      <Table.Tbody>
        {d.criteria.map((c) => (
          <Table.Tr key={c.number}>
            <Table.Td>
              {c.number}. {c.name}
            </Table.Td>
            <Table.Td>
              <Badge color={c.status === 'met' ? 'green' : c.status === 'not_met' ? 'red' : 'gray'} variant="light">
                {t(`dossier.status.${c.status}`, { defaultValue: c.status })}
              </Badge>
              {c.unverified.length > 0 && (
                <Text size="xs" c="orange">
                  {t('dossier.criteria.unverifiedValues', { codes: c.unverified.join(', ') })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function StepForms({ d }: { d: Dossier }) {
  const { t } = useTranslation();
  const step = d.steps.find((s) => s.code === d.currentStep);
  switch (step?.form) {
    case 'posting':
      return <PostingForms d={d} t={t} />;
    case 'opinions':
      return <OpinionForms d={d} t={t} />;
    case 'survey':
      return <SurveyView d={d} t={t} />;
    case 'meeting':
      return <MeetingForm d={d} t={t} />;
    case 'submission':
      return <DeclarationForms d={d} t={t} />;
    case 'appraisal':
      return <AppraisalForm d={d} />;
    case 'council':
      return <CouncilForm d={d} t={t} />;
    case 'decision':
      return (
        <Stack gap="sm">
          <DecisionForms d={d} t={t} />
        </Stack>
      );
    case 'announcement':
      return <AnnouncementForm d={d} t={t} />;
    default:
      return null;
  }
}
