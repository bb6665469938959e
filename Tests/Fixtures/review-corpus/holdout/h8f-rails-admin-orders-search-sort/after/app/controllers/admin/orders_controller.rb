module Admin
  class OrdersController < Admin::BaseController
    SORTABLE = {
      "placed"   => "orders.placed_at",
      "total"    => "orders.total_cents",
      "customer" => "customers.last_name"
    }.freeze

    def index
      scope = Order.joins(:customer)
                   .includes(:line_items)
                   .where(store_id: current_store.id)
      if params[:q].present?
        scope = scope.where("customers.last_name ILIKE :prefix OR orders.number = :number",
                            prefix: "#{Order.sanitize_sql_like(params[:q])}%", number: params[:q])
      end
      @orders = scope.order(Arel.sql("#{sort_column} #{sort_direction}")).page(params[:page])
    end

    def show
      @order = current_store.orders.find(params[:id])
    end

    private

    def sort_column
      SORTABLE.fetch(params[:sort], SORTABLE["placed"])
    end

    def sort_direction
      params[:dir] == "asc" ? "ASC" : "DESC"
    end
  end
end
