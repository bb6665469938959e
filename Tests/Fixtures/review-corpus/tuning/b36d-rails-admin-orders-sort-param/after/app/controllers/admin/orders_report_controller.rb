# frozen_string_literal: true

module Admin
  class OrdersReportController < Admin::BaseController
    before_action :require_finance_role!

    PER_PAGE = 50

    def index
      @orders = scoped_orders
                  .includes(:customer, :line_items)
                  .order(Arel.sql(sort_clause))
                  .page(params[:page])
                  .per(PER_PAGE)

      respond_to do |format|
        format.html
        format.csv do
          send_data OrdersCsv.new(@orders.except(:limit, :offset)).to_csv,
                    filename: csv_filename,
                    type: "text/csv"
        end
      end
    end

    def show
      @order = scoped_orders.find(params[:id])
    end

    private

    def scoped_orders
      scope = Order.where(account_id: current_account.id)
      scope = scope.where(status: params[:status]) if params[:status].present?

      if params[:from].present?
        scope = scope.where("orders.created_at >= ?", parse_date(params[:from]))
      end

      if params[:to].present?
        scope = scope.where("orders.created_at < ?", parse_date(params[:to]) + 1.day)
      end

      scope
    end

    # Finance wants to sort by total / refunded amount from the table headers.
    # NULLS LAST keeps never-refunded orders at the bottom.
    def sort_clause
      column = params.fetch(:sort, "created_at")
      direction = params[:direction].to_s.casecmp?("asc") ? "ASC" : "DESC"

      "orders.#{column} #{direction} NULLS LAST, orders.id DESC"
    end

    def parse_date(value)
      Date.iso8601(value)
    rescue Date::Error
      raise ActionController::BadRequest, "invalid date: #{value}"
    end

    def csv_filename
      "orders-#{current_account.slug}-#{Time.zone.today.iso8601}.csv"
    end

    def require_finance_role!
      head :forbidden unless current_user.finance? || current_user.admin?
    end
  end
end
