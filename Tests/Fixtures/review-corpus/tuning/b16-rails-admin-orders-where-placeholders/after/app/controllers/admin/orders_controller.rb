module Admin
  class OrdersController < Admin::BaseController
    PER_PAGE = 50

    def index
      scope = Order.includes(:customer).order(created_at: :desc)

      if params[:since].present?
        scope = scope.where("orders.created_at >= ?", Date.parse(params[:since]))
      end

      if params[:q].present?
        pattern = "%#{Order.sanitize_sql_like(params[:q])}%"
        scope = scope.joins(:customer).where("customers.email ILIKE ? OR orders.number ILIKE ?", pattern, pattern)
      end

      scope = scope.where(status: params[:status]) if Order.statuses.key?(params[:status])

      @orders = scope.page(params[:page]).per(PER_PAGE)

      respond_to do |format|
        format.html
        format.csv { send_data OrdersCsv.new(scope).to_csv, filename: "orders-#{Date.current}.csv" }
      end
    rescue Date::Error
      redirect_to admin_orders_path, alert: "Invalid date"
    end

    def show
      @order = Order.find(params[:id])
    end
  end
end