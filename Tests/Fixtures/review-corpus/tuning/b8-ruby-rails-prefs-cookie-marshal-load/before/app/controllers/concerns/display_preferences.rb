module DisplayPreferences
  extend ActiveSupport::Concern

  DEFAULTS = { theme: "light", density: "comfortable", per_page: 25 }.freeze

  included do
    helper_method :display_preferences
  end

  def display_preferences
    @display_preferences ||= DEFAULTS.merge(current_user&.preferences&.symbolize_keys || {})
  end

  def remember_display_preferences(prefs)
    current_user&.update(preferences: prefs)
  end
end