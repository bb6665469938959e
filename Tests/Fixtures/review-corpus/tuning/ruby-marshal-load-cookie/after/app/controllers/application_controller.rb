require "base64"

class ApplicationController < ActionController::Base
  before_action :load_preferences

  private

  def load_preferences
    raw = cookies[:prefs]
    @preferences =
      if raw.present?
        Marshal.load(Base64.urlsafe_decode64(raw))
      else
        current_user&.preferences || Preferences.default
      end
  end
end