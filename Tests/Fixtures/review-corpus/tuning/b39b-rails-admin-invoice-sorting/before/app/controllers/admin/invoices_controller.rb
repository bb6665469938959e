# frozen_string_literal: true

module Admin
  class InvoicesController < Admin::BaseController
    before_action :load_invoice, only: %i[show void]

    def index
      @invoices = current_account.invoices
                                 .includes(:customer)
                                 .order(created_at: :desc)
                                 .page(params[:page])
                                 .per(50)
    end

    def show; end

    def void
      authorize @invoice, :void?
      if @invoice.void!(by: current_user, reason: params.require(:reason))
        redirect_to admin_invoice_path(@invoice), notice: "Invoice voided."
      else
        redirect_to admin_invoice_path(@invoice), alert: @invoice.errors.full_messages.to_sentence
      end
    end

    private

    def load_invoice
      @invoice = current_account.invoices.find(params[:id])
    end
  end
end
