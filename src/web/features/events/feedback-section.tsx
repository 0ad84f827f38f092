import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Banner } from '../../ui/banner';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { useApi } from '../../ui/use-api';
import { eventErrorText } from './event-errors';
import type { Feedback } from './event-types';

function Stars({ label, value, onValue, name }: { label: string; value: number | null; onValue: (n: number) => void; name: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field stars">
      <legend className="field__label">{label}</legend>
      <div className="stars__row">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={value !== null && n <= value ? 'stars__star stars__star--on' : 'stars__star'}>
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onValue(n)} />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('events.feedback.star', { n })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The short form after the event, for its participants. */
export function FeedbackSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const state = useApi<{ open: boolean; mine: Feedback | null }>(`/events/${eventId}/feedback`);
  const [rating, setRating] = useState<number | null>(null);
  const [usefulness, setUsefulness] = useState<number | null>(null);
  const [newContacts, setNewContacts] = useState('');
  const [wouldReturn, setWouldReturn] = useState('');
  const [comment, setComment] = useState('');
  const [banner, setBanner] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const mine = state.data?.mine;

  useEffect(() => {
    if (!mine) return;
    setRating(mine.rating);
    setUsefulness(mine.usefulness);
    setNewContacts(mine.newContacts === null ? '' : String(mine.newContacts));
    setWouldReturn(mine.wouldReturn === null ? '' : mine.wouldReturn ? 'yes' : 'no');
    setComment(mine.comment);
  }, [mine]);

  if (!state.data?.open) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (rating === null) return setBanner({ tone: 'error', text: t('events.feedback.rating') });
    try {
      await api.post(`/events/${eventId}/feedback`, {
        rating,
        usefulness,
        newContacts: newContacts === '' ? null : Number(newContacts),
        wouldReturn: wouldReturn === '' ? null : wouldReturn === 'yes',
        comment,
      });
      setBanner({ tone: 'success', text: t('events.feedback.sent') });
    } catch (cause) {
      setBanner({ tone: 'error', text: eventErrorText(t, cause).text });
    }
  };
  return (
    <section className="card" aria-labelledby="feedback-title" id="feedback">
      <h2 id="feedback-title" className="card__title">
        {t('events.feedback.title')}
      </h2>
      <p className="muted">{t('events.feedback.lead')}</p>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        {banner ? <Banner tone={banner.tone}>{banner.text}</Banner> : null}
        <Stars label={t('events.feedback.rating')} value={rating} onValue={setRating} name="rating" />
        <Stars label={t('events.feedback.usefulness')} value={usefulness} onValue={setUsefulness} name="usefulness" />
        <div className="form-grid">
          <TextField label={t('events.feedback.newContacts')} type="number" min={0} value={newContacts} onValue={setNewContacts} name="newContacts" />
          <SelectField
            label={t('events.feedback.wouldReturn')}
            value={wouldReturn}
            onValue={setWouldReturn}
            options={[
              { value: '', label: t('events.feedback.notSaid') },
              { value: 'yes', label: t('events.register.yes') },
              { value: 'no', label: t('events.register.no') },
            ]}
            name="wouldReturn"
          />
        </div>
        <TextArea label={t('events.feedback.comment')} value={comment} onValue={setComment} rows={3} name="comment" />
        <button type="submit" className="button button--primary">
          {mine ? t('events.feedback.update') : t('events.feedback.send')}
        </button>
      </form>
    </section>
  );
}
