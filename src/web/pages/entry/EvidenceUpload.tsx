/**
 * Attach an evidence file to one indicator (PDF, images, office files, ≤ 10 MB): chosen from the
 * device or, on a phone or tablet, taken with its back camera; checked in the browser first, then
 * sent as multipart; the list below shows what is already attached.
 */
import { Button, FileButton, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, useUploadEvidence } from '../../api/evidence';
import type { Evidence } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFormat } from '../../lib/format';
import { EvidenceLinks } from '../commune/EvidenceLinks';

const OFFICE = /\.(pdf|png|jpe?g|gif|webp|heic|tiff?|docx?|xlsx?|pptx?|odt|ods|odp)$/i;

interface Props {
  unitCode: string;
  setCode: string;
  asOf: string;
  indicator: string;
  items: Evidence[] | undefined;
}

export function EvidenceUpload({ unitCode, setCode, asOf, indicator, items }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadEvidence(unitCode);
  const localError =
    file && file.size > EVIDENCE_MAX_BYTES
      ? t('evidence.tooLarge', { size: fmt.bytes(file.size) })
      : file && !OFFICE.test(file.name)
        ? t('evidence.wrongType')
        : null;

  const send = () => {
    if (!file || localError) return;
    upload.mutate({ set: setCode, asOf, indicator, file }, { onSuccess: () => setFile(null) });
  };

  return (
    <Stack gap={4}>
      <EvidenceLinks items={items} />
      <Group gap="xs" align="flex-start" wrap="wrap">
        <FileInput
          label={t('evidence.chooseFor', { code: indicator })}
          labelProps={{ className: 'visually-hidden' }}
          placeholder={t('evidence.choose')}
          accept={EVIDENCE_ACCEPT}
          value={file}
          onChange={(f) => {
            upload.reset();
            setFile(f);
          }}
          clearable
          error={localError}
          size="xs"
          w={{ base: '100%', xs: 260 }}
        />
        <FileButton
          accept="image/*"
          capture="environment"
          onChange={(f) => {
            upload.reset();
            setFile(f);
          }}
        >
          {(props) => (
            <Button {...props} size="xs" variant="default" hiddenFrom="md" aria-label={t('phone.takePhotoFor', { code: indicator })}>
              {t('phone.takePhoto')}
            </Button>
          )}
        </FileButton>
        <Button size="xs" variant="light" onClick={send} disabled={!file || !!localError} loading={upload.isPending}>
          {t('evidence.upload')}
        </Button>
      </Group>
      {upload.isSuccess && (
        <Text size="xs" c="teal.8" role="status">
          {t('evidence.uploaded', { name: upload.data.fileName })}
        </Text>
      )}
      {upload.isError && <ApiErrorAlert error={upload.error} />}
    </Stack>
  );
}
