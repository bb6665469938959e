require "sinatra/base"
require "json"
require_relative "models/lead"

class SignupApp < Sinatra::Base
  enable :sessions
  set :session_secret, ENV.fetch("SESSION_SECRET")

  STEPS = %w[company contact plan].freeze

  get "/signup/:step" do
    halt 404 unless STEPS.include?(params[:step])
    @state = session[:signup] || {}
    erb :"signup/#{params[:step]}"
  end

  post "/signup/:step" do
    halt 404 unless STEPS.include?(params[:step])
    state = (session[:signup] || {}).merge(params.fetch("fields", {}).to_h)
    session[:signup] = state

    next_step = STEPS[STEPS.index(params[:step]) + 1]
    if next_step
      redirect to("/signup/#{next_step}")
    else
      Lead.create!(state)
      session.delete(:signup)
      redirect to("/signup/done")
    end
  end
end
