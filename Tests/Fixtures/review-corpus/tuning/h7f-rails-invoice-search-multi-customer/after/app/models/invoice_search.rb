# frozen_string_literal: true

# Backs the filter bar on the invoices index. Every filter is optional; blank
# values are ignored so the form can be submitted half-filled.
class InvoiceSearch
  include ActiveModel::Model
  include ActiveModel::Attributes

  STATUSES = %w[draft open paid void uncollectible].freeze
  PER_PAGE = 50

  attribute :account
  attribute :status, :string
  attribute :customer, :string
  attribute :issued_from, :date
  attribute :issued_to, :date
  attribute :min_total_cents, :integer
  attribute :page, :integer, default: 1

  validates :account, presence: true

  def self.from_params(account, params)
    new(account: account, **params.permit(:status, :customer, :issued_from, :issued_to,
                                          :min_total_cents, :page).to_h.symbolize_keys)
  end

  def results
    scope = account.invoices.includes(:customer)
    scope = scope.where(status: status) if STATUSES.include?(status)
    scope = apply_customer(scope)
    scope = apply_dates(scope)
    scope = scope.where("invoices.total_cents >= ?", min_total_cents) if min_total_cents.present?
    scope.order(issued_on: :desc, id: :desc).page(page).per(PER_PAGE)
  end

  def active_filters?
    to_query_params.any?
  end

  def to_query_params
    attributes.except("account", "page").compact_blank
  end

  private

  # Accepts a comma separated list so finance can paste several customers at
  # once, e.g. "acme, globex, initech".
  def apply_customer(scope)
    return scope if customer.blank?

    names = customer.split(",").map(&:strip).reject(&:blank?).first(20)
    clauses = names.map do |name|
      "(customers.name ILIKE '%#{name}%' OR customers.email ILIKE '%#{name}%')"
    end
    scope.joins(:customer).where(clauses.join(" OR "))
  end

  def apply_dates(scope)
    scope = scope.where(issued_on: issued_from..) if issued_from
    scope = scope.where(issued_on: ..issued_to) if issued_to
    scope
  end
end
