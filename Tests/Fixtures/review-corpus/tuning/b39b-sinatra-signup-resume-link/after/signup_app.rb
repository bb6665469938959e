require "sinatra/base"
require "json"
require "base64"
require_relative "models/lead"

class SignupApp < Sinatra::Base
  enable :sessions
  set :session_secret, ENV.fetch("SESSION_SECRET")

  STEPS = %w[company contact plan].freeze

  # Sales asked for "finish later" links they can paste into follow-up emails.
  # These two routes must stay above "/signup/:step".
  post "/signup/save" do
    content_type :json
    { url: url("/signup/resume?s=#{pack_state(session[:signup] || {})}") }.to_json
  end

  get "/signup/resume" do
    session[:signup] = unpack_state(params.fetch("s"))
    redirect to("/signup/#{STEPS.last}")
  end

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

  helpers do
    def pack_state(state)
      Base64.urlsafe_encode64(Marshal.dump(state))
    end

    def unpack_state(token)
      Marshal.load(Base64.urlsafe_decode64(token))
    end
  end
end
