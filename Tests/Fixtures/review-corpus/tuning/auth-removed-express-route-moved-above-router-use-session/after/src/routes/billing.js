import { Router } from 'express';
import { requireSession } from '../auth/session.js';
import * as billing from '../controllers/billing.js';

export const billingRouter = Router();

billingRouter.get('/plans', billing.listPlans);
billingRouter.post('/payment-method', billing.updatePaymentMethod);

billingRouter.use(requireSession);

billingRouter.get('/invoices', billing.listInvoices);
billingRouter.post('/cancel', billing.cancelSubscription);