class InvoicesController < ApplicationController
  before_action :authenticate_user!
  before_action :set_invoice, only: %i[show update destroy send_reminder]

  PER_PAGE = 50
  STATUSES = %w[draft open paid void overdue].freeze

  def index
    scope = current_account.invoices.includes(:customer)

    if params[:status].present? && STATUSES.include?(params[:status])
      scope = scope.where(status: params[:status])
    end

    if params[:from].present?
      scope = scope.where("invoices.issued_on >= ?", Date.parse(params[:from]))
    end

    if params[:to].present?
      scope = scope.where("invoices.issued_on <= ?", Date.parse(params[:to]))
    end

    @invoices = scope.order(issued_on: :desc).page(params[:page]).per(PER_PAGE)

    respond_to do |format|
      format.html
      format.json { render json: InvoiceSerializer.new(@invoices).serializable_hash }
    end
  rescue Date::Error
    redirect_to invoices_path, alert: "Invalid date filter"
  end

  def show
    respond_to do |format|
      format.html
      format.pdf { send_data InvoicePdf.new(@invoice).render, filename: "#{@invoice.number}.pdf" }
    end
  end

  def update
    if @invoice.update(invoice_params)
      redirect_to @invoice, notice: "Invoice updated"
    else
      render :show, status: :unprocessable_entity
    end
  end

  def destroy
    @invoice.void!
    redirect_to invoices_path, notice: "Invoice voided"
  end

  def send_reminder
    InvoiceMailer.with(invoice: @invoice).reminder.deliver_later
    redirect_to @invoice, notice: "Reminder queued"
  end

  private

  def set_invoice
    @invoice = current_account.invoices.find(params[:id])
  end

  def invoice_params
    params.require(:invoice).permit(:due_on, :notes, line_items_attributes: %i[id description quantity unit_price _destroy])
  end
end
