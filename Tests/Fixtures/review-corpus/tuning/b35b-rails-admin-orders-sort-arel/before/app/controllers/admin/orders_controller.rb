# frozen_string_literal: true

module Admin
  class OrdersController < Admin::BaseController
    SORTABLE_COLUMNS = {
      "placed" => "orders.placed_at",
      "total" => "orders.total_cents",
      "status" => "orders.status"
    }.freeze

    before_action :set_order, only: %i[show refund]

    def index
      scope = Order.includes(:customer, :line_items)

      scope = scope.where(status: params[:status]) if Order.statuses.key?(params[:status])
      if params[:q].present?
        scope = scope.where("orders.number ILIKE :q OR orders.email ILIKE :q",
                            q: "%#{Order.sanitize_sql_like(params[:q].strip)}%")
      end
      scope = scope.where(placed_at: date_range) if date_range

      @orders = scope
                .order(SORTABLE_COLUMNS.fetch(sort_column) => sort_direction)
                .page(params[:page]).per(50)

      respond_to do |format|
        format.html
        format.csv { send_data OrdersCsv.new(scope).render, filename: "orders-#{Date.current}.csv" }
      end
    end

    def show; end

    def refund
      authorize @order, :refund?
      Orders::Refund.call(order: @order, amount_cents: params.require(:amount_cents).to_i, actor: current_admin)
      redirect_to admin_order_path(@order), notice: "Refund queued."
    rescue Orders::Refund::Error => e
      redirect_to admin_order_path(@order), alert: e.message
    end

    private

    def set_order
      @order = Order.find_by!(number: params[:id])
    end

    def sort_column
      SORTABLE_COLUMNS.key?(params[:sort]) ? params[:sort] : "placed"
    end

    def sort_direction
      %w[asc desc].include?(params[:direction]) ? params[:direction] : "desc"
    end

    def date_range
      return if params[:from].blank? && params[:to].blank?

      from = params[:from].presence&.to_date || 10.years.ago.to_date
      to = params[:to].presence&.to_date || Date.current
      from.beginning_of_day..to.end_of_day
    rescue Date::Error
      nil
    end
  end
end
