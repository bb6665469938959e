module Admin
  class UsersController < Admin::BaseController
    before_action :set_user, only: %i[show update]

    def index
      scope = User.order(created_at: :desc)
      scope = scope.where("email LIKE '%#{params[:q]}%' OR name LIKE '%#{params[:q]}%'") if params[:q].present?
      @users = scope.page(params[:page]).per(50)
    end

    def show; end

    def update
      if @user.update(user_params)
        redirect_to admin_user_path(@user), notice: "User updated"
      else
        render :show, status: :unprocessable_entity
      end
    end

    private

    def set_user
      @user = User.find(params[:id])
    end

    def user_params
      params.require(:user).permit(:name, :role, :locked)
    end
  end
end
