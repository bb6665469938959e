module Billing
  class InvoicesController < ApplicationController
    before_action :authenticate_user!
    before_action :set_account
    before_action :set_invoice, only: %i[show pay void]

    PER_PAGE = 25

    def index
      scope = @account.invoices.includes(:customer)
      filters = []
      if params[:status].present?
        statuses = Array(params[:status]).map { |s| "'#{s}'" }.join(", ")
        filters << "invoices.status IN (#{statuses})"
      end
      filters << "invoices.currency = '#{params[:currency].upcase}'" if params[:currency].present?
      scope = scope.where(filters.join(" AND ")) if filters.any?
      if params[:due_before].present?
        scope = scope.where("invoices.due_on < ?", Date.parse(params[:due_before]))
      end
      @invoices = scope.order(due_on: :desc).page(params[:page]).per(PER_PAGE)

      respond_to do |format|
        format.html
        format.json { render json: @invoices, each_serializer: InvoiceSerializer }
      end
    rescue Date::Error
      redirect_to billing_invoices_path, alert: "Invalid date"
    end

    def show
      respond_to do |format|
        format.html
        format.pdf do
          send_data InvoicePdf.new(@invoice).render,
                    filename: "invoice-#{@invoice.number}.pdf",
                    type: "application/pdf",
                    disposition: "inline"
        end
      end
    end

    def pay
      authorize! :pay, @invoice
      result = Payments::Charge.call(invoice: @invoice, payment_method: current_user.default_payment_method)

      if result.success?
        redirect_to billing_invoice_path(@invoice), notice: "Payment received"
      else
        redirect_to billing_invoice_path(@invoice), alert: result.error_message
      end
    end

    def void
      authorize! :void, @invoice
      @invoice.void!(by: current_user, reason: params.require(:reason))
      redirect_to billing_invoices_path, notice: "Invoice #{@invoice.number} voided"
    rescue ActiveRecord::RecordInvalid => e
      redirect_to billing_invoice_path(@invoice), alert: e.record.errors.full_messages.to_sentence
    end

    private

    def set_account
      @account = current_user.account
    end

    def set_invoice
      @invoice = @account.invoices.find(params[:id])
    end
  end
end
