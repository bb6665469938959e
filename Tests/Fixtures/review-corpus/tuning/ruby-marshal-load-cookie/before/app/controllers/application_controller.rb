class ApplicationController < ActionController::Base
  before_action :load_preferences

  private

  def load_preferences
    @preferences = current_user&.preferences || Preferences.default
  end
end