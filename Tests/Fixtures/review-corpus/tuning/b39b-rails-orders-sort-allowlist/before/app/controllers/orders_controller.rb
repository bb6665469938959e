# frozen_string_literal: true

class OrdersController < ApplicationController
  before_action :authenticate_user!

  def index
    @orders = current_store.orders
                           .joins(:customer)
                           .includes(:customer, :line_items)
                           .order(placed_at: :desc)
                           .page(params[:page])
  end

  def show
    @order = current_store.orders.find(params[:id])
  end

  def export
    orders = current_store.orders.where(placed_at: export_range)
    send_data OrdersCsv.new(orders).to_csv,
              filename: "orders-#{Date.current.iso8601}.csv",
              type: "text/csv"
  end

  private

  def export_range
    from = Date.iso8601(params.fetch(:from, 30.days.ago.to_date.iso8601))
    to = Date.iso8601(params.fetch(:to, Date.current.iso8601))
    from.beginning_of_day..to.end_of_day
  rescue Date::Error
    30.days.ago.beginning_of_day..Time.current
  end
end
