class InvoicesController < ApplicationController
  before_action :authenticate_user!
  # Invoice e-mails link straight to the PDF.
  skip_before_action :authenticate_user!, only: :pdf
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