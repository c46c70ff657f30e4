/** The evidence files attached to one indicator, as download links with size, uploader and time. */
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evidenceUrl } from '../../api/evidence';
import type { Evidence } from '../../api/types';
import { useFormat } from '../../lib/format';

export function EvidenceLinks({ items }: { items: Evidence[] | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!items) return null;
  if (items.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('evidence.none')}
      </Text>
    );
  }
  return (
    <List size="xs" spacing={2} aria-label={t('evidence.title')}>
      {items.map((e) => (
        <List.Item key={e.id}>
          <Anchor href={evidenceUrl(e.id)} target="_blank" rel="noopener">
            {e.fileName}
          </Anchor>{' '}
          ({fmt.bytes(e.size)}) — {t('evidence.uploadedBy', { who: e.uploadedByName, at: fmt.dateTime(e.uploadedAt) })}
        </List.Item>
      ))}
    </List>
  );
}
