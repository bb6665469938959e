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
    cookies[:dash_prefs] = { value: Base64.urlsafe_encode64(Marshal.dump(prefs.slice(*DEFAULTS.keys).to_h)), expires: 30.days }
    @dashboard_prefs = nil
  end

  private

  def stored_prefs
    # avoid a users-table read on every dashboard render
    return Marshal.load(Base64.urlsafe_decode64(cookies[:dash_prefs])) if cookies[:dash_prefs].present?

    current_user.dashboard_prefs || {}
  end
end
