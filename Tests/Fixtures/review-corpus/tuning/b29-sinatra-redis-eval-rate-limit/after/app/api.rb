# frozen_string_literal: true

require "sinatra/base"
require "sinatra/json"
require "securerandom"
require "redis"
require "json"
require_relative "../lib/db"
require_relative "../lib/auth"

module Shortlinks
  class API < Sinatra::Base
    helpers Sinatra::JSON
    helpers Auth::Helpers

    # Fixed-window counter. INCR and EXPIRE have to happen atomically or a
    # crash between them leaves a key that never expires, hence the script.
    RATE_LIMIT_SCRIPT = <<~LUA
      local current = redis.call("INCR", KEYS[1])
      if current == 1 then
        redis.call("EXPIRE", KEYS[1], tonumber(ARGV[1]))
      end
      return current
    LUA

    configure do
      set :redis, Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"))
      set :show_exceptions, false
    end

    before do
      content_type :json
    end

    helpers do
      def redis
        settings.redis
      end

      def parsed_body
        @parsed_body ||= JSON.parse(request.body.read)
      rescue JSON::ParserError
        halt 400, json(error: "invalid JSON")
      end

      def throttle!(bucket, limit:, window:)
        key = "rl:#{bucket}:#{request.ip}"
        count = redis.eval(RATE_LIMIT_SCRIPT, keys: [key], argv: [window])
        return if count <= limit

        headers "Retry-After" => window.to_s
        halt 429, json(error: "rate limit exceeded")
      end
    end

    post "/links" do
      throttle!("create", limit: 30, window: 60)
      user = authenticate!
      target = parsed_body["url"].to_s
      halt 422, json(error: "url must be http(s)") unless target.match?(%r{\Ahttps?://}i)

      link = DB[:links].returning(:slug, :target).insert(
        slug: SecureRandom.alphanumeric(7),
        target: target,
        owner_id: user[:id],
        created_at: Time.now.utc
      ).first
      status 201
      json link
    end

    get "/links" do
      user = authenticate!
      json DB[:links].where(owner_id: user[:id]).reverse(:created_at).limit(100).all
    end

    get "/:slug" do
      link = DB[:links].first(slug: params[:slug])
      halt 404, json(error: "not found") unless link

      redis.incr("hits:#{link[:slug]}")
      redirect link[:target], 302
    end

    delete "/links/:slug" do
      user = authenticate!
      deleted = DB[:links].where(slug: params[:slug], owner_id: user[:id]).delete
      halt 404, json(error: "not found") if deleted.zero?
      status 204
    end

    error do
      json error: "internal error"
    end
  end
end
