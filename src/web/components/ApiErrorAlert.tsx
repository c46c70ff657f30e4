/**
 * Shows an API error in the current language, with the fields at fault. A retry is offered only
 * when trying again can help (network, server); a refusal (403) says the account has no access and
 * offers a way back instead.
 */
import { Alert, Anchor, Button, Group, List, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { issueSentence } from '../lib/issue-text';

interface Props {
  error: unknown;
  onRetry?: () => void;
  m?: MantineSpacing;
  title?: string;
}

export function ApiErrorAlert({ error, onRetry, m, title }: Props) {
  const { t, i18n } = useTranslation();
  if (error instanceof ApiError && error.status === 403) return <ForbiddenAlert error={error} m={m} />;
  const message = error instanceof ApiError ? error.localized() : t('errors.unknown');
  const issues = error instanceof ApiError ? error.issues : [];
  // The same request again gets the same answer for any other 4xx (bad input, not found, conflict).
  const retryable = !(error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429);
  return (
    <Alert color="red" title={title ?? t('errors.title')} m={m} role="alert">
      {message}
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((i) => (
            <List.Item key={`${i.path}:${i.message}`}>{issueSentence(i, t, i18n.language)}</List.Item>
          ))}
        </List>
      )}
      {onRetry && retryable && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

function ForbiddenAlert({ error, m }: { error: ApiError; m?: MantineSpacing | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Alert color="orange" title={t('errors.forbiddenTitle')} m={m} role="alert">
      {t('errors.forbidden')}
      <br />
      <small>{error.localized()}</small>
      <Group gap="md" mt="sm">
        {window.history.length > 1 && (
          <Button size="xs" variant="light" color="orange" onClick={() => void navigate(-1)}>
            {t('errors.back')}
          </Button>
        )}
        <Anchor component={Link} to="/" size="sm">
          {t('errors.home')}
        </Anchor>
      </Group>
    </Alert>
  );
}
