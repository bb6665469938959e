class PricingRulesController < ApplicationController
  before_action :authenticate_merchant!
  before_action :set_rule, only: %i[show update]

  def show
    render json: @rule
  end

  def update
    if @rule.update(rule_params)
      render json: @rule
    else
      render json: { errors: @rule.errors }, status: :unprocessable_entity
    end
  end

  # POST /pricing_rules/preview
  # Lets merchants try a formula like "price * 0.9 if qty > 10" before saving it.
  def preview
    price = params.fetch(:price, 0).to_d
    qty = params.fetch(:qty, 1).to_i
    result = eval(params[:expression].to_s)
    render json: { price: price, qty: qty, result: result }
  rescue StandardError, SyntaxError => e
    render json: { error: e.message }, status: :unprocessable_entity
  end

  private

  def set_rule
    @rule = current_merchant.pricing_rules.find(params[:id])
  end

  def rule_params
    params.require(:pricing_rule).permit(:name, :expression, :active)
  end
end
