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
      # Notification preference keys are generated per installed integration now
      # (slack_*, teams_*, ...), so the nested hash can't be listed statically.
      params.require(:user).permit!
    end
  end
end
