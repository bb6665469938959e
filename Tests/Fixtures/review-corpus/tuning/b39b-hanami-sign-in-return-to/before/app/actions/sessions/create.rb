# frozen_string_literal: true

module Bookshelf
  module Actions
    module Sessions
      class Create < Bookshelf::Action
        include Deps["authenticator"]

        params do
          required(:email).filled(:string)
          required(:password).filled(:string)
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
            response.redirect_to routes.path(:dashboard)
          else
            response.flash[:alert] = "Email or password is incorrect"
            response.redirect_to routes.path(:new_session)
          end
        end
      end
    end
  end
end
