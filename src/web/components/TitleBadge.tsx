/**
 * A recognised title (công nhận) as a badge — "Đạt chuẩn NTM năm 2022" — apart from today's evaluation, with
 * its QĐ 18 verdict beside it when the commune no longer meets its set ("Nguy cơ mất danh hiệu", "Thuộc
 * trường hợp thu hồi"). In a table cell the badge is short and its title holds the full sentence; elsewhere
 * the full sentence is text; a derived title after a merger says "suy ra".
 */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JudgedTitle } from '../api/recognitions';

const RISK_COLOR = { kept: 'teal', at_risk: 'orange', revoke: 'red' } as const;

/** "Đạt chuẩn NTM năm 2022": the label without its decision part, short enough for a table cell. */
export const shortTitle = (label: string) => label.replace(/\s*\(.*\)\s*$/, '');

export function TitleBadges({ titles, compact = false }: { titles: readonly JudgedTitle[]; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  if (titles.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {titles.map((title) => {
        const label = en ? title.label.en : title.label.vi;
        const risk = title.risk;
        const reason = risk ? (en ? risk.reason.en : risk.reason.vi) : '';
        const extra = [title.derived && compact ? t('recognition.derived') : null, title.demo ? t('recognition.demo') : null]
          .filter(Boolean)
          .join(', ');
        const text = extra ? `${compact ? shortTitle(label) : label} (${extra})` : compact ? shortTitle(label) : label;
        const verdict = risk && risk.state !== 'kept' && (
          <Badge color={RISK_COLOR[risk.state]} variant="light" tt="none" title={reason}>
            {t(`recognition.risk.${risk.state}`)}
          </Badge>
        );
        const key = title.recognitionId ?? `${title.unitCode}|${title.tier}`;
        // The full sentence is text that wraps on a phone; a badge (one line) only in table cells.
        if (!compact) {
          return (
            <div key={key} style={{ maxWidth: '100%' }}>
              <Text fw={600} c="green.9" style={{ overflowWrap: 'anywhere' }}>
                {text}
              </Text>
              {verdict}
            </div>
          );
        }
        return (
          <Group key={key} gap={4} wrap="wrap">
            <Badge color="green" variant={title.derived ? 'outline' : 'filled'} tt="none" title={label}>
              {text}
            </Badge>
            {verdict}
          </Group>
        );
      })}
    </Group>
  );
}

/** The public page's titles: what was recognised, with "minh họa" / "suy ra" said, no internal verdict. */
export function PublicTitleBadges({
  titles,
  compact = false,
}: {
  titles: readonly { tier: string; label: { vi: string; en: string }; demo: boolean; derived: boolean }[];
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (titles.length === 0)
    return compact ? null : (
      <Badge color="gray" variant="outline" tt="none">
        {t('recognition.none')}
      </Badge>
    );
  return (
    <Group gap={4} wrap="wrap">
      {titles.map((title) => {
        const label = i18n.language === 'en' ? title.label.en : title.label.vi;
        const extra = [title.derived && compact ? t('recognition.derived') : null, title.demo ? t('recognition.demo') : null]
          .filter(Boolean)
          .join(', ');
        const text = extra ? `${compact ? shortTitle(label) : label} (${extra})` : compact ? shortTitle(label) : label;
        return compact ? (
          <Badge key={title.tier} color="green" variant={title.derived ? 'outline' : 'filled'} tt="none" title={label}>
            {text}
          </Badge>
        ) : (
          <Text key={title.tier} fw={600} c="green.9" style={{ overflowWrap: 'anywhere' }}>
            {text}
          </Text>
        );
      })}
    </Group>
  );
}
