/** Shows an API error in the current language, with the fields at fault and an optional retry. */
import { Alert, Button, List, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

interface Props {
  error: unknown;
  onRetry?: () => void;
  m?: MantineSpacing;
  title?: string;
}

export function ApiErrorAlert({ error, onRetry, m, title }: Props) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.localized() : t('errors.unknown');
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert color="red" title={title ?? t('errors.title')} m={m} role="alert">
      {message}
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((i) => (
            <List.Item key={`${i.path}:${i.message}`}>
              <code>{i.path}</code>: {i.message}
            </List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
