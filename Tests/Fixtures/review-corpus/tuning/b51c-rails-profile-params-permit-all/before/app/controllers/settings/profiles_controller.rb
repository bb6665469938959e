module Settings
  class ProfilesController < ApplicationController
    before_action :authenticate_user!

    def edit
      @user = current_user
    end

    def update
      @user = current_user

      if @user.update(profile_params)
        redirect_to edit_settings_profile_path, notice: t(".updated")
      else
        render :edit, status: :unprocessable_entity
      end
    end

    private

    def profile_params
      params.require(:user).permit(
        :display_name,
        :avatar,
        :time_zone,
        :locale,
        notification_preferences: %i[weekly_digest mentions billing]
      )
    end
  end
end
