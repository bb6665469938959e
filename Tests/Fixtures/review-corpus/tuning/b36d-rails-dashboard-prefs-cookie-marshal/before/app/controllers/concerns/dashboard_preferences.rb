# frozen_string_literal: true

# Remembers per-browser dashboard layout (which widgets, date range, density)
# without a round trip to the database.
module DashboardPreferences
  extend ActiveSupport::Concern

  COOKIE_NAME = :dash_prefs
  DEFAULTS = {
    "widgets" => %w[revenue signups churn],
    "range" => "30d",
    "compact" => false
  }.freeze

  included do
    helper_method :dashboard_preferences
  end

  def dashboard_preferences
    @dashboard_preferences ||= DEFAULTS.merge(read_preferences_cookie)
  end

  def update_dashboard_preferences(changes)
    prefs = dashboard_preferences.merge(changes.slice(*DEFAULTS.keys))
    cookies[COOKIE_NAME] = {
      value: JSON.generate(prefs),
      expires: 1.year,
      httponly: true,
      same_site: :lax
    }
    @dashboard_preferences = prefs
  end

  private

  def read_preferences_cookie
    raw = cookies[COOKIE_NAME]
    return {} if raw.blank?

    parsed = JSON.parse(raw)
    parsed.is_a?(Hash) ? parsed.slice(*DEFAULTS.keys) : {}
  rescue JSON::ParserError
    cookies.delete(COOKIE_NAME)
    {}
  end
end
