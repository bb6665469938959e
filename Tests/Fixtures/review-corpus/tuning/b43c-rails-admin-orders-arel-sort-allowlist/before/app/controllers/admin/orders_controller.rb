# frozen_string_literal: true

module Admin
  class OrdersController < Admin::BaseController
    PER_PAGE = 50

    def index
      scope = Order.includes(:customer).where(store_id: current_store.id)
      scope = scope.where(state: params[:state]) if Order.states.key?(params[:state])

      @orders = scope.order(placed_at: :desc).page(params[:page]).per(PER_PAGE)
    end

    def show
      @order = Order.where(store_id: current_store.id).find(params[:id])
    end
  end
end
