class DashboardsController < ApplicationController
  before_action :authenticate_user!
  before_action :set_dashboard

  DEFAULT_FORMULA = "revenue - refunds".freeze

  def show
    @widgets = @dashboard.widgets.order(:position)
  end

  def kpi
    totals = {
      revenue: @dashboard.orders.sum(:total_cents) / 100.0,
      refunds: @dashboard.refunds.sum(:amount_cents) / 100.0,
      orders: @dashboard.orders.count
    }
    value = compute_metric(DEFAULT_FORMULA, totals)
    render json: { value: value, totals: totals }
  end

  private

  def set_dashboard
    @dashboard = current_user.dashboards.find(params[:id])
  end

  def compute_metric(formula, totals)
    scope = binding
    totals.each { |name, amount| scope.local_variable_set(name, amount) }
    eval(formula, scope)
  rescue ZeroDivisionError
    0
  end
end