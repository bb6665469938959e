module Admin
  class OrdersController < Admin::BaseController
    SORTABLE = {
      "placed"   => "orders.placed_at",
      "total"    => "orders.total_cents",
      "customer" => "customers.last_name"
    }.freeze

    def index
      @orders = Order.joins(:customer)
                     .includes(:line_items)
                     .where(store_id: current_store.id)
                     .order("orders.placed_at DESC")
                     .page(params[:page])
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
