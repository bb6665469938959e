# frozen_string_literal: true

module Admin
  # Serves the dashboard's metric tiles. Each tile asks for one metric by name;
  # the name picks a method on MetricsQuery, but only from the frozen list below.
  class MetricsController < Admin::BaseController
    METRICS = %w[
      signups
      active_users
      churned_accounts
      mrr_cents
      trial_conversions
      support_backlog
    ].freeze

    GRANULARITIES = {
      "day" => :day,
      "week" => :week,
      "month" => :month
    }.freeze

    before_action :load_range

    def show
      metric = params.require(:metric).to_s
      unless METRICS.include?(metric)
        return render json: { error: "unknown metric" }, status: :not_found
      end

      granularity = GRANULARITIES.fetch(params[:granularity].to_s, :day)
      query = MetricsQuery.new(account_scope: current_admin.visible_accounts, range: @range, granularity: granularity)

      series = Rails.cache.fetch(cache_key(metric, granularity), expires_in: 10.minutes) do
        query.public_send(metric)
      end

      render json: { metric: metric, granularity: granularity, series: series }
    end

    def index
      render json: { metrics: METRICS, granularities: GRANULARITIES.keys }
    end

    private

    def load_range
      from = parse_date(params[:from]) || 30.days.ago.to_date
      to = parse_date(params[:to]) || Date.current
      if to < from || (to - from) > 731
        render json: { error: "invalid range" }, status: :unprocessable_entity
        return
      end
      @range = from..to
    end

    def parse_date(value)
      Date.iso8601(value.to_s)
    rescue ArgumentError
      nil
    end

    def cache_key(metric, granularity)
      [
        "admin-metrics", metric, granularity,
        @range.first.iso8601, @range.last.iso8601,
        current_admin.scope_cache_key
      ].join(":")
    end
  end
end