# frozen_string_literal: true

require "sinatra/base"
require_relative "../models/user"

class SessionsRoutes < Sinatra::Base
  enable :sessions

  get "/login" do
    erb :login
  end

  post "/login" do
    user = User.authenticate(params[:email], params[:password])
    if user
      session[:user_id] = user.id
      redirect to("/dashboard")
    else
      @error = "Invalid email or password"
      status 401
      erb :login
    end
  end

  post "/logout" do
    session.clear
    redirect to("/login")
  end
end
