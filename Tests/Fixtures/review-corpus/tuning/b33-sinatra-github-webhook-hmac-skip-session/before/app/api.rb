require "sinatra/base"
require "sinatra/json"
require "json"
require "openssl"

require_relative "models"
require_relative "jobs/sync_repository"

class DeployBoardAPI < Sinatra::Base
  configure do
    set :show_exceptions, false
    set :sessions, key: "deployboard.session", same_site: :lax, secure: production?
    set :session_secret, ENV.fetch("SESSION_SECRET")
  end

  helpers do
    def current_user
      @current_user ||= session[:user_id] && User[session[:user_id]]
    end

    def authenticate!
      halt 401, json(error: "unauthorized") unless current_user
    end

    def json_body
      JSON.parse(request.body.read)
    rescue JSON::ParserError
      halt 400, json(error: "invalid json")
    end
  end

  before do
    content_type :json
    authenticate!
  end

  get "/repositories" do
    json Repository.where(team_id: current_user.team_id).order(:name).all.map(&:to_api)
  end

  post "/repositories" do
    attrs = json_body.slice("full_name", "default_branch")
    repo = Repository.create(attrs.merge("team_id" => current_user.team_id))
    SyncRepository.perform_async(repo.id)
    status 201
    json repo.to_api
  end

  get "/repositories/:id/deployments" do
    repo = Repository.first(id: params[:id], team_id: current_user.team_id) or halt 404
    json repo.deployments_dataset.reverse(:created_at).limit(50).all.map(&:to_api)
  end

  delete "/repositories/:id" do
    repo = Repository.first(id: params[:id], team_id: current_user.team_id) or halt 404
    repo.destroy
    status 204
  end

  error Sequel::ValidationFailed do
    status 422
    json error: env["sinatra.error"].errors.full_messages
  end
end
