# frozen_string_literal: true

module Admin
  class PricingRulesController < Admin::BaseController
    before_action :require_pricing_editor!
    before_action :set_rule, only: %i[show update destroy preview]

    SAMPLE_VARS = {
      "base_price" => 100,
      "quantity" => 3,
      "region_multiplier" => 1.0,
      "loyalty_years" => 2
    }.freeze

    def index
      @rules = current_account.pricing_rules.order(:priority)
      render json: @rules
    end

    def show
      render json: @rule
    end

    def create
      rule = current_account.pricing_rules.new(rule_params)
      if validate_formula(rule.formula) && rule.save
        render json: rule, status: :created
      else
        render json: { errors: rule.errors.full_messages.presence || ["formula is invalid"] },
               status: :unprocessable_entity
      end
    end

    def update
      if validate_formula(rule_params[:formula] || @rule.formula) && @rule.update(rule_params)
        render json: @rule
      else
        render json: { errors: @rule.errors.full_messages }, status: :unprocessable_entity
      end
    end

    def destroy
      @rule.destroy!
      head :no_content
    end

    # POST /admin/pricing_rules/:id/preview
    def preview
      vars = SAMPLE_VARS.merge(preview_vars)
      result = evaluate(@rule.formula, vars)
      render json: { formula: @rule.formula, variables: vars, result: result }
    rescue Dentaku::Error, ZeroDivisionError => e
      render json: { error: e.message }, status: :unprocessable_entity
    end

    private

    def set_rule
      @rule = current_account.pricing_rules.find(params[:id])
    end

    def rule_params
      params.require(:pricing_rule).permit(:name, :formula, :priority, :active)
    end

    def preview_vars
      params.fetch(:variables, {}).permit(*SAMPLE_VARS.keys).to_h.transform_values(&:to_f)
    end

    def calculator
      @calculator ||= Dentaku::Calculator.new
    end

    def evaluate(formula, vars)
      calculator.evaluate!(formula, vars)
    end

    def validate_formula(formula)
      return false if formula.blank?

      calculator.dependencies(formula).all? { |dep| SAMPLE_VARS.key?(dep) }
    rescue Dentaku::ParseError
      false
    end
  end
end
