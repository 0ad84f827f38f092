import { useTranslation } from 'react-i18next';
import { PageHeader, Section } from '../../ui/page';
import { ApiTokens } from './api-tokens';
import { PasswordForm } from './password-form';
import { PersonalData } from './personal-data';
import { ProfileForm } from './profile-form';

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profile.title')} lead={<p>{t('profile.lead')}</p>} />
      <div className="columns">
        <Section title={t('profile.details')} id="details-title">
          <ProfileForm />
        </Section>
        <Section title={t('profile.password')} id="password-title">
          <PasswordForm />
        </Section>
      </div>
      <Section title={t('tokens.title')} id="tokens-title">
        <ApiTokens />
      </Section>
      <Section title={t('personalData.title')} id="personal-data-title">
        <PersonalData />
      </Section>
    </>
  );
}
