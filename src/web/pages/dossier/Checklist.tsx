/** The dossier's checklist: each document's state (missing, uploaded, generated), generating or uploading it, and its download. */
import { Anchor, Badge, Button, FileInput, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Dossier, dossierFileUrl, useDossierAct, useUploadDocument } from '../../api/dossiers';
import { EVIDENCE_ACCEPT } from '../../api/evidence';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import '../../components/data-table.css';
import { isIsoDate } from './dossier-format';

const COLOR = { missing: 'gray', uploaded: 'blue', generated: 'green' } as const;

export function Checklist({ d, on }: { d: Dossier; on: string }) {
  const { t } = useTranslation();
  const act = useDossierAct(d.id);
  const upload = useUploadDocument(d.id);
  const open = d.state === 'in_progress';
  return (
    <>
      {(act.isError || upload.isError) && <ApiErrorAlert error={act.error ?? upload.error} />}
      <Table.ScrollContainer minWidth={320}>
        <Table aria-label={t('dossier.checklist')} className="dt-stack">
          <Table.Tbody>
            {d.checklist.map((c) => (
              <Table.Tr key={c.code} data-doc={c.code} data-state={c.state}>
                <Table.Td data-label={t('dossier.checklist')}>
                  <div>
                    <Text size="sm">{c.name}</Text>
                    <Text size="xs" c="dimmed">
                      {c.required ? t('dossier.required') : t('dossier.optional')}
                      {!c.verified ? ` · ${t('dossier.unverified')}` : ''}
                    </Text>
                  </div>
                </Table.Td>
                <Table.Td data-label={t('dossier.docState.missing')}>
                  <div>
                    <Badge color={COLOR[c.state]} variant="light">
                      {t(`dossier.docState.${c.state}`)}
                    </Badge>
                  </div>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {c.file && (
                      <Anchor href={dossierFileUrl(d.id, c.file.id)} size="sm" data-testid={`download-${c.code}`}>
                        {t('dossier.download')}
                      </Anchor>
                    )}
                    {open && c.made === 'generated' && (
                      <Button
                        size="xs"
                        variant="light"
                        disabled={!isIsoDate(on)}
                        loading={act.isPending && act.variables?.path.includes(c.code)}
                        onClick={() => act.mutate({ method: 'POST', path: `/documents/${c.code}/generate`, body: { on } })}
                      >
                        {c.state === 'missing' ? t('dossier.generate') : t('dossier.regenerate')}
                      </Button>
                    )}
                    {open && c.made === 'uploaded' && (
                      <FileInput
                        size="xs"
                        aria-label={`${t('dossier.upload')}: ${c.name}`}
                        placeholder={t('dossier.upload')}
                        accept={EVIDENCE_ACCEPT}
                        onChange={(file) => file && upload.mutate({ doc: c.code, file })}
                        value={null}
                      />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
