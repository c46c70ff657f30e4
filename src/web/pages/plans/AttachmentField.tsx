/** One optional file to attach after a save (PDF, image or office file), and the upload's error if it is refused. */
import { FileInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.tif,.tiff,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods';

export function AttachmentField({ file, onChange, error }: { file: File | null; onChange: (f: File | null) => void; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <FileInput label={t('plans.tasks.file')} value={file} onChange={onChange} clearable accept={ACCEPT} />
      {error !== null && <ApiErrorAlert error={error} />}
    </>
  );
}
