module Admin
  class InvoicesController < Admin::BaseController
    SORTABLE = {
      "due" => "invoices.due_on",
      "total" => "invoices.total_cents",
      "customer" => "customers.name"
    }.freeze

    helper_method :sort_column, :sort_direction

    def index
      @invoices = Invoice
        .joins(:customer)
        .includes(:customer)
        .where(status: params.fetch(:status, "open"))
        .order(Arel.sql("#{sort_column} #{sort_direction} NULLS LAST, invoices.id"))
        .page(params[:page])
    end

    def show
      @invoice = Invoice.find(params[:id])
    end

    private

    def sort_column
      SORTABLE.fetch(params[:sort], SORTABLE["due"])
    end

    def sort_direction
      params[:dir] == "asc" ? "ASC" : "DESC"
    end
  end
end
