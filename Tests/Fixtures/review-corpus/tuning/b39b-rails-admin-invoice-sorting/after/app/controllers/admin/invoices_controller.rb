# frozen_string_literal: true

module Admin
  class InvoicesController < Admin::BaseController
    before_action :load_invoice, only: %i[show void]
    helper_method :sort_column, :sort_direction

    def index
      @invoices = current_account.invoices
                                 .includes(:customer)
                                 .order(Arel.sql(sort_clause))
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

    def sort_column
      params[:sort].presence || "invoices.created_at"
    end

    def sort_direction
      params[:direction] == "asc" ? "asc" : "desc"
    end

    # NULLS LAST so unpaid invoices (paid_at IS NULL) don't float to the top of "paid_at" sorts.
    def sort_clause
      "#{sort_column} #{sort_direction} NULLS LAST"
    end
  end
end
