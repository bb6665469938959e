class InvoicesController < ApplicationController
  before_action :authenticate_user!
  before_action :set_invoice, only: %i[show download send_reminder]

  def index
    @invoices = current_account.invoices
                               .includes(:customer)
                               .order(issued_on: :desc)
                               .page(params[:page])
  end

  def show
  end

  def download
    pdf = InvoicePdf.new(@invoice).render
    send_data pdf,
              filename: "#{@invoice.number}.pdf",
              type: "application/pdf",
              disposition: "attachment"
  end

  def send_reminder
    InvoiceMailer.reminder(@invoice).deliver_later
    redirect_to @invoice, notice: "Reminder queued."
  end

  private

  def set_invoice
    @invoice = current_account.invoices.find(params[:id])
  end
end
