# frozen_string_literal: true

class OrdersController < ApplicationController
  before_action :authenticate_user!
  helper_method :sort_key, :sort_direction

  SORTABLE_COLUMNS = {
    "placed"   => "orders.placed_at",
    "total"    => "orders.total_cents",
    "customer" => "LOWER(customers.name)",
    "status"   => "orders.status"
  }.freeze

  def index
    @orders = current_store.orders
                           .joins(:customer)
                           .includes(:customer, :line_items)
                           .where("orders.total_cents >= ?", min_total_cents)
                           .order(Arel.sql("#{SORTABLE_COLUMNS.fetch(sort_key)} #{sort_direction}"))
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

  def sort_key
    SORTABLE_COLUMNS.key?(params[:sort]) ? params[:sort] : "placed"
  end

  def sort_direction
    params[:direction] == "asc" ? "ASC" : "DESC"
  end

  def min_total_cents
    (params[:min_total].to_d * 100).to_i
  end

  def export_range
    from = Date.iso8601(params.fetch(:from, 30.days.ago.to_date.iso8601))
    to = Date.iso8601(params.fetch(:to, Date.current.iso8601))
    from.beginning_of_day..to.end_of_day
  rescue Date::Error
    30.days.ago.beginning_of_day..Time.current
  end
end
