class Admin::UsersController < Admin::BaseController
  def index
    scope = User.order(created_at: :desc)
    if params[:q].present?
      scope = scope.where("email LIKE '%#{params[:q]}%' OR name LIKE '%#{params[:q]}%'")
    end
    @users = scope.page(params[:page])
  end

  def show
    @user = User.find(params[:id])
  end
end