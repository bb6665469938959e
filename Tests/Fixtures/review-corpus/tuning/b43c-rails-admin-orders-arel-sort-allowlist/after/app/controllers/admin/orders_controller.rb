# frozen_string_literal: true

module Admin
  class OrdersController < Admin::BaseController
    PER_PAGE = 50
    SORTS = {
      "placed" => "orders.placed_at",
      "total" => "orders.total_cents",
      "customer" => "LOWER(customers.last_name)"
    }.freeze

    def index
      scope = Order.includes(:customer).where(store_id: current_store.id)
      scope = scope.where(state: params[:state]) if Order.states.key?(params[:state])

      column = SORTS.fetch(params[:sort].to_s, SORTS["placed"])
      direction = params[:dir] == "asc" ? "ASC" : "DESC"

      @orders = scope.references(:customer)
                     .order(Arel.sql("#{column} #{direction} NULLS LAST"))
                     .page(params[:page]).per(PER_PAGE)
    end

    def show
      @order = Order.where(store_id: current_store.id).find(params[:id])
    end
  end
end
