class EmailTemplate < ApplicationRecord
  belongs_to :account

  KINDS = %w[invoice_sent payment_received payment_failed].freeze

  validates :kind, inclusion: { in: KINDS }, uniqueness: { scope: :account_id }
  validates :subject, presence: true, length: { maximum: 200 }
  validates :body, presence: true, length: { maximum: 20_000 }

  # Account owners edit subject/body under Settings > Emails.
  def render_for(invoice)
    assigns = {
      "customer_name" => invoice.customer.name,
      "invoice_number" => invoice.number,
      "amount_due" => invoice.amount_due.format,
      "due_date" => I18n.l(invoice.due_on, format: :long),
      "pay_url" => Rails.application.routes.url_helpers.pay_invoice_url(invoice.public_token)
    }

    {
      subject: Liquid::Template.parse(subject).render(assigns),
      # ERB so owners can use number_to_currency, pluralize and friends in the body
      body: ERB.new(body).result_with_hash(assigns.symbolize_keys.merge(h: ApplicationController.helpers))
    }
  end
end
