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

    # GitHub signs every delivery with the shared webhook secret (X-Hub-Signature-256).
    def verify_github_signature!(payload)
      secret = ENV.fetch("GITHUB_WEBHOOK_SECRET")
      expected = "sha256=" + OpenSSL::HMAC.hexdigest("SHA256", secret, payload)
      given = request.env["HTTP_X_HUB_SIGNATURE_256"].to_s
      halt 401, json(error: "bad signature") unless Rack::Utils.secure_compare(expected, given)
    end
  end

  before do
    content_type :json
    # GitHub has no session cookie; the webhook route authenticates by signature instead.
    authenticate! unless request.path_info == "/webhooks/github"
  end

  post "/webhooks/github" do
    payload = request.body.read
    verify_github_signature!(payload)

    event = request.env["HTTP_X_GITHUB_EVENT"]
    halt 204 unless %w[push ping].include?(event)

    data = JSON.parse(payload)
    repo = Repository.first(full_name: data.dig("repository", "full_name")) or halt 204
    SyncRepository.perform_async(repo.id) if event == "push"
    status 202
    json ok: true
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
