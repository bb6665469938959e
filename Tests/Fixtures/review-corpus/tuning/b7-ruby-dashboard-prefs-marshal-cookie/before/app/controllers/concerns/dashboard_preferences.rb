module DashboardPreferences
  extend ActiveSupport::Concern

  DEFAULTS = {
    "density" => "comfortable",
    "widgets" => %w[revenue signups churn],
    "range" => "30d"
  }.freeze

  included do
    helper_method :dashboard_prefs
  end

  def dashboard_prefs
    @dashboard_prefs ||= DEFAULTS.merge(stored_prefs)
  end

  def save_dashboard_prefs(prefs)
    current_user.update!(dashboard_prefs: prefs.slice(*DEFAULTS.keys))
    @dashboard_prefs = nil
  end

  private

  def stored_prefs
    current_user.dashboard_prefs || {}
  end
end
