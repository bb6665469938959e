class InvoicesController < ApplicationController
  before_action :authenticate_user!
  before_action :set_invoice, only: %i[show pdf]

  def index
    @invoices = current_account.invoices.order(issued_on: :desc)
  end

  def show; end

  def pdf
    send_data InvoicePdf.new(@invoice).render, filename: "#{@invoice.number}.pdf", type: "application/pdf"
  end

  private

  def set_invoice
    @invoice = Invoice.find(params[:id])
  end
end