module Admin
  class MetricsController < Admin::BaseController
    DEFAULT_RANGE = 30.days
    METRICS = %w[signups activations churned_accounts trial_conversions seat_expansions].freeze

    before_action :require_analytics_role!

    def index
      @range = parsed_range
      @summary = {
        signups: MetricsQuery.new(@range).signups.count,
        activations: MetricsQuery.new(@range).activations.count
      }
    end

    def show
      metric = params[:metric].to_s
      return head :not_found unless METRICS.include?(metric)

      range = parsed_range
      series = MetricsQuery.new(range).public_send(metric)

      respond_to do |format|
        format.json { render json: series.group_by_day(:created_at, range: range).count }
        format.csv  { send_data to_csv(series, range), filename: "#{metric}-#{Date.current}.csv" }
      end
    end

    private

    def parsed_range
      from = params[:from].presence && Date.iso8601(params[:from])
      to = params[:to].presence && Date.iso8601(params[:to])
      (from || DEFAULT_RANGE.ago.to_date)..(to || Date.current)
    rescue Date::Error
      DEFAULT_RANGE.ago.to_date..Date.current
    end

    def to_csv(series, range)
      CSV.generate do |csv|
        csv << %w[date count]
        series.group_by_day(:created_at, range: range).count.each { |day, n| csv << [day.iso8601, n] }
      end
    end

    def require_analytics_role!
      head :forbidden unless current_admin.has_role?(:analytics)
    end
  end
end
