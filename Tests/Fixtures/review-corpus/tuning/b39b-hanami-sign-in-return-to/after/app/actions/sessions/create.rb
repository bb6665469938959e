# frozen_string_literal: true

module Bookshelf
  module Actions
    module Sessions
      class Create < Bookshelf::Action
        include Deps["authenticator"]

        params do
          required(:email).filled(:string)
          required(:password).filled(:string)
          optional(:return_to).maybe(:string)
        end

        def handle(request, response)
          halt 422, "Invalid credentials" unless request.params.valid?

          user = authenticator.call(
            email: request.params[:email],
            password: request.params[:password]
          )

          if user
            response.session[:user_id] = user.id
            response.flash[:notice] = "Welcome back, #{user.name}"
            response.redirect_to after_sign_in_path(request.params[:return_to])
          else
            response.flash[:alert] = "Email or password is incorrect"
            response.redirect_to routes.path(:new_session)
          end
        end

        private

        # Send people back to the page that bounced them to the login form.
        # Only relative paths are accepted, so we never leave the app.
        def after_sign_in_path(return_to)
          return routes.path(:dashboard) if return_to.nil? || return_to.empty?
          return return_to if return_to.start_with?("/")

          routes.path(:dashboard)
        end
      end
    end
  end
end
