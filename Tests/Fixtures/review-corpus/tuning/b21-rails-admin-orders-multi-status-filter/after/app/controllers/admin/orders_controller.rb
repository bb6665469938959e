module Admin
  class OrdersController < Admin::BaseController
    before_action :set_order, only: %i[show update refund]

    PER_PAGE = 50

    def index
      scope = Order.includes(:customer, :line_items).where(shop_id: current_shop.id)
      statuses = params[:status].to_s.split(",").map(&:strip).reject(&:blank?)
      since = params[:since].presence
      scope = scope.where(channel: params[:channel]) if params[:channel].in?(Order::CHANNELS)

      conditions = []
      conditions << "orders.status IN ('#{statuses.join("','")}')" if statuses.any?
      conditions << "orders.created_at >= '#{since}'" if since
      scope = scope.where(conditions.join(" AND ")) if conditions.any?

      if params[:q].present?
        term = "%#{Order.sanitize_sql_like(params[:q])}%"
        scope = scope.joins(:customer).where("customers.email ILIKE :t OR orders.number ILIKE :t", t: term)
      end

      @orders = scope.order(created_at: :desc).page(params[:page]).per(PER_PAGE)

      respond_to do |format|
        format.html
        format.csv { send_data OrdersCsv.new(scope).to_csv, filename: "orders-#{Date.current}.csv" }
      end
    end

    def show
      @events = @order.events.order(:created_at)
    end

    def update
      if @order.update(order_params)
        redirect_to admin_order_path(@order), notice: "Order updated"
      else
        render :show, status: :unprocessable_entity
      end
    end

    def refund
      result = Refunds::Create.call(order: @order, amount_cents: params.require(:amount_cents).to_i, actor: current_user)
      if result.success?
        redirect_to admin_order_path(@order), notice: "Refund issued"
      else
        redirect_to admin_order_path(@order), alert: result.error
      end
    end

    private

    def set_order
      @order = Order.where(shop_id: current_shop.id).find(params[:id])
    end

    def order_params
      params.require(:order).permit(:internal_note, :tag_list, shipping_address_attributes: %i[line1 line2 city postcode country])
    end
  end
end
