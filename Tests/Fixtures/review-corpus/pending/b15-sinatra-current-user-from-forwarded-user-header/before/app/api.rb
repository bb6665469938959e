require "sinatra/base"
require "sinatra/json"
require_relative "models"

class NotesAPI < Sinatra::Base
  helpers Sinatra::JSON

  enable :sessions
  set :session_secret, ENV.fetch("SESSION_SECRET")

  helpers do
    # Used for the audit log: which proxy identity forwarded the call.
    def proxy_user
      request.env["HTTP_X_FORWARDED_USER"]
    end

    def current_user
      @current_user ||= User.find_by(id: session[:user_id])
    end

    def require_user!
      halt 401, json(error: "login required") unless current_user
    end
  end

  get "/notes" do
    require_user!
    json current_user.notes.order(updated_at: :desc).limit(50).map(&:as_json)
  end

  post "/notes" do
    require_user!
    note = current_user.notes.create!(title: params[:title].to_s[0, 200], body: params[:body].to_s)
    AuditLog.create!(user_id: current_user.id, action: "note.create", via: proxy_user)
    status 201
    json id: note.id
  end

  delete "/notes/:id" do
    require_user!
    current_user.notes.find(params[:id]).destroy
    status 204
  end
end