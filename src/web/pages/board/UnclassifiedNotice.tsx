/**
 * Says which communes are not on the board and why: the set in force needs a classification (a
 * commune group under QĐ 51 …) they have no value in on the date. Names come from the set's data.
 */
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Unclassified {
  unitCode: string;
  name: string;
  missing: string[];
}

export function UnclassifiedNotice({ items }: { items: readonly Unclassified[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert color="orange" title={t('classify.unclassifiedTitle', { count: items.length })}>
      {items.map((u) => (
        <Text key={u.unitCode} size="sm">
          {t('classify.unclassifiedItem', { name: u.name, missing: u.missing.map((m) => m.toLocaleLowerCase('vi')).join(', ') })}
        </Text>
      ))}
    </Alert>
  );
}
