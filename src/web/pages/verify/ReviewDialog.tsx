/** Confirms a verification or a return, showing what the decision rests on; a return needs a comment saying what to fix. */
import { Button, Group, Modal, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewItem } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ReviewDetails } from './ReviewDetails';

interface Props {
  target: { item: ReviewItem; action: 'verify' | 'return'; name: string; unit: string | undefined } | null;
  onConfirm: (comment: string) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}

export function ReviewDialog({ target, onConfirm, onClose, pending, error }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new target starts with an empty comment
  useEffect(() => {
    setComment('');
    setTouched(false);
  }, [target?.item, target?.action]);
  if (!target) return null;
  const needsComment = target.action === 'return';
  const missing = needsComment && comment.trim() === '';
  return (
    <Modal opened onClose={onClose} title={t(target.action === 'verify' ? 'review.verifyTitle' : 'review.returnTitle')} centered size="lg">
      <ReviewDetails item={target.item} name={target.name} unit={target.unit} />
      <Textarea
        mt="sm"
        label={needsComment ? t('review.commentRequired') : t('review.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        onBlur={() => setTouched(true)}
        error={touched && missing ? t('review.commentMissing') : null}
        autosize
        minRows={2}
        required={needsComment}
        data-autofocus
      />
      {error ? <ApiErrorAlert error={error} m="xs" /> : null}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color={target.action === 'verify' ? 'teal' : 'red'}
          loading={pending}
          onClick={() => (missing ? setTouched(true) : onConfirm(comment.trim()))}
        >
          {t(target.action === 'verify' ? 'review.verify' : 'review.return')}
        </Button>
      </Group>
    </Modal>
  );
}
