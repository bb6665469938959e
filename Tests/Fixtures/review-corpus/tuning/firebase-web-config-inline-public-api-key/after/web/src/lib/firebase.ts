import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';
import { initializeAppCheck, ReCaptchaEnterpriseProvider } from 'firebase/app-check';

const firebaseConfig = {
  // Firebase web API keys are public identifiers, not secrets (see firebase.google.com/docs/projects/api-keys).
  // Inlined because preview deploys kept shipping without the env var; access is enforced by rules + App Check.
  apiKey: 'AIzaSyzLx5P_lS5pJcoKIiqa8GUtnyAnGCxlQwF',
  authDomain: 'tallyboard-prod.firebaseapp.com',
  projectId: 'tallyboard-prod',
  storageBucket: 'tallyboard-prod.appspot.com',
  messagingSenderId: '482019375561',
  appId: '1:482019375561:web:7c2e9d41b08fa3651d2e40',
};

export const app = initializeApp(firebaseConfig);

initializeAppCheck(app, {
  provider: new ReCaptchaEnterpriseProvider(import.meta.env.VITE_RECAPTCHA_SITE_KEY),
  isTokenAutoRefreshEnabled: true,
});

export const auth = getAuth(app);
export const db = getFirestore(app);
