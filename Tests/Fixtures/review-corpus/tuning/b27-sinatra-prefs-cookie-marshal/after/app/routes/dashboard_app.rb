require "sinatra/base"
require "json"
require "base64"
require_relative "../models/dashboard"
require_relative "../helpers/auth"

module Beacon
  class DashboardApp < Sinatra::Base
    helpers Beacon::AuthHelpers

    PREFS_COOKIE = "beacon_prefs".freeze
    DEFAULT_PREFS = {
      "theme" => "light",
      "density" => "comfortable",
      "pinned" => [],
      "range" => "7d"
    }.freeze
    ALLOWED_RANGES = %w[24h 7d 30d 90d].freeze

    before do
      require_login!
    end

    get "/dashboards" do
      prefs = load_prefs
      @dashboards = Dashboard.visible_to(current_user).order(:name)
      @pinned = @dashboards.select { |d| prefs["pinned"].include?(d.id) }
      @range = prefs["range"]
      erb :"dashboards/index"
    end

    get "/dashboards/:id" do
      prefs = load_prefs
      @dashboard = Dashboard.visible_to(current_user).find_by(id: params[:id]) or halt 404
      @range = ALLOWED_RANGES.include?(params[:range]) ? params[:range] : prefs["range"]
      @theme = prefs["theme"]
      erb :"dashboards/show"
    end

    post "/dashboards/prefs" do
      prefs = load_prefs
      prefs["theme"] = params[:theme] if %w[light dark].include?(params[:theme])
      prefs["density"] = params[:density] if %w[compact comfortable].include?(params[:density])
      prefs["range"] = params[:range] if ALLOWED_RANGES.include?(params[:range])
      if params[:pin]
        prefs["pinned"] = (prefs["pinned"] + [params[:pin].to_i]).uniq.last(10)
      end
      save_prefs(prefs)
      redirect back
    end

    private

    def load_prefs
      raw = request.cookies[PREFS_COOKIE]
      return DEFAULT_PREFS.dup if raw.nil? || raw.empty?

      decoded = Base64.urlsafe_decode64(raw)
      # Marshal keeps symbol keys and Time values (last_seen) round-tripping intact.
      stored = Marshal.load(decoded)
      DEFAULT_PREFS.merge(stored.transform_keys(&:to_s))
    rescue ArgumentError, TypeError
      DEFAULT_PREFS.dup
    end

    def save_prefs(prefs)
      response.set_cookie(
        PREFS_COOKIE,
        value: Base64.urlsafe_encode64(Marshal.dump(prefs.merge("last_seen" => Time.now))),
        path: "/",
        httponly: true,
        same_site: :lax,
        expires: Time.now + (365 * 24 * 3600)
      )
    end
  end
end
