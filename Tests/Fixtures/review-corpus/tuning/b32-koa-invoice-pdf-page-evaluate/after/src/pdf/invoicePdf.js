'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');
const puppeteer = require('puppeteer');

// Static template shipped with the app; it defines window.renderInvoice(data),
// which fills the page using textContent only.
const TEMPLATE_URL = pathToFileURL(path.join(__dirname, 'templates', 'invoice.html')).href;
const TEMPLATE_ASSETS = pathToFileURL(path.join(__dirname, 'templates')).href + '/';

let browserPromise;

function getBrowser() {
  if (!browserPromise) {
    browserPromise = puppeteer.launch({
      headless: true,
      args: ['--disable-dev-shm-usage'],
    });
  }
  return browserPromise;
}

function toViewModel(invoice) {
  return {
    number: String(invoice.number),
    issuedOn: invoice.issuedOn.toISOString().slice(0, 10),
    customer: { name: invoice.customer.name, address: invoice.customer.addressLines },
    lines: invoice.lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPriceCents / 100,
      total: l.totalCents / 100,
    })),
    currency: invoice.currency,
    total: invoice.totalCents / 100,
  };
}

/**
 * Renders an invoice to PDF. The data goes to the page as the argument of
 * page.evaluate, which puppeteer serialises as JSON; it is never concatenated
 * into script source. Requests outside the template folder are blocked.
 */
async function renderInvoicePdf(invoice) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url === TEMPLATE_URL || url.startsWith(TEMPLATE_ASSETS)) {
        request.continue();
      } else {
        request.abort();
      }
    });

    await page.goto(TEMPLATE_URL, { waitUntil: 'load' });
    await page.evaluate((data) => window.renderInvoice(data), toViewModel(invoice));
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await page.close();
  }
}

/** Koa handler: GET /invoices/:id/pdf */
async function invoicePdf(ctx) {
  const invoice = await ctx.state.invoices.findForAccount(ctx.state.user.accountId, ctx.params.id);
  if (!invoice) {
    ctx.throw(404, 'invoice not found');
  }
  ctx.type = 'application/pdf';
  ctx.attachment(`invoice-${invoice.id}.pdf`);
  ctx.body = await renderInvoicePdf(invoice);
}

module.exports = { renderInvoicePdf, invoicePdf };
