module DisplayPreferences
  extend ActiveSupport::Concern

  DEFAULTS = { theme: "light", density: "comfortable", per_page: 25 }.freeze

  included do
    helper_method :display_preferences
  end

  def display_preferences
    @display_preferences ||= begin
      raw = cookies[:display_prefs]
      raw.present? ? DEFAULTS.merge(Marshal.load(Base64.urlsafe_decode64(raw))) : DEFAULTS
    rescue ArgumentError, TypeError
      DEFAULTS
    end
  end

  def remember_display_preferences(prefs)
    cookies.permanent[:display_prefs] = Base64.urlsafe_encode64(Marshal.dump(prefs.to_h))
  end
end