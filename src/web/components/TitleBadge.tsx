/**
 * A recognised title (công nhận) as a badge — "Đạt chuẩn NTM năm 2022" — apart from today's evaluation, with
 * its QĐ 18 verdict beside it when the commune no longer meets its set ("Nguy cơ mất danh hiệu", "Thuộc
 * trường hợp thu hồi"). The full sentence (decision, failing criteria, reason) is the badge's title and
 * accessible name; a derived title after a merger says "suy ra".
 */
import { Badge, Group } from '@mantine/core';
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
        const extra = [title.derived ? t('recognition.derived') : null, title.demo ? t('recognition.demo') : null]
          .filter(Boolean)
          .join(', ');
        const text = compact ? shortTitle(label) : label;
        return (
          <Group key={title.recognitionId ?? `${title.unitCode}|${title.tier}`} gap={4} wrap="nowrap">
            <Badge
              color="green"
              variant={title.derived ? 'outline' : 'filled'}
              tt="none"
              title={label}
              aria-label={label}
              style={{ whiteSpace: 'normal', height: 'auto' }}
            >
              {extra ? `${text} (${extra})` : text}
            </Badge>
            {risk && risk.state !== 'kept' && (
              <Badge
                color={RISK_COLOR[risk.state]}
                variant="light"
                tt="none"
                title={reason}
                aria-label={`${t(`recognition.risk.${risk.state}`)}: ${reason}`}
              >
                {t(`recognition.risk.${risk.state}`)}
              </Badge>
            )}
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
        const extra = [title.derived ? t('recognition.derived') : null, title.demo ? t('recognition.demo') : null]
          .filter(Boolean)
          .join(', ');
        const text = compact ? shortTitle(label) : label;
        return (
          <Badge
            key={title.tier}
            color="green"
            variant={title.derived ? 'outline' : 'filled'}
            tt="none"
            title={label}
            style={{ whiteSpace: 'normal', height: 'auto' }}
          >
            {extra ? `${text} (${extra})` : text}
          </Badge>
        );
      })}
    </Group>
  );
}
