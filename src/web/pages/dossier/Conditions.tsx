/** The four conditions of a dossier: state, reasons in words, evidence (with a download where a file shows it). */
import { Anchor, Badge, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Dossier, dossierFileUrl } from '../../api/dossiers';

const COLOR = { met: 'green', not_met: 'red', unknown: 'orange', missing: 'gray' } as const;

export function Conditions({ d }: { d: Dossier }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Stack gap="sm" data-testid="conditions">
      {d.conditions.map((c) => (
        <div key={c.code} data-condition={c.code} data-state={c.state}>
          <Text fw={600} size="sm">
            {c.name[lang]}{' '}
            <Badge color={COLOR[c.state]} variant="light">
              {t(`dossier.condState.${c.state}`)}
            </Badge>
          </Text>
          {c.reasons.length > 0 && (
            <List size="sm">
              {c.reasons.map((r) => (
                <List.Item key={r.vi}>{r[lang]}</List.Item>
              ))}
            </List>
          )}
          {c.evidence.map((e) => (
            <Text key={e.label} size="xs" c="dimmed">
              {t('dossier.evidence')}: {e.fileId ? <Anchor href={dossierFileUrl(d.id, e.fileId)}>{e.label}</Anchor> : e.label}
            </Text>
          ))}
        </div>
      ))}
    </Stack>
  );
}
