# frozen_string_literal: true

require "sinatra/base"
require "sinatra/json"
require "json"
require "rack/utils"

require_relative "lib/ingest/buffer"
require_relative "lib/ingest/event"

# Receives batched client-side analytics events from the mobile apps and
# pushes them onto the Kafka buffer.
class IngestApp < Sinatra::Base
  MAX_BATCH = 500

  configure do
    set :ingest_token, ENV.fetch("INGEST_TOKEN")
    set :buffer, Ingest::Buffer.new(brokers: ENV.fetch("KAFKA_BROKERS").split(","))
    set :show_exceptions, false
    disable :sessions
  end

  before do
    content_type :json
    # Kubernetes probes can't send the bearer token.
    next if request.get? && request.path_info == "/healthz"

    provided = request.env["HTTP_AUTHORIZATION"].to_s.delete_prefix("Bearer ")
    unless Rack::Utils.secure_compare(provided, settings.ingest_token)
      halt 401, json(error: "unauthorized")
    end
  end

  get "/healthz" do
    json(status: "ok")
  end

  post "/v1/events" do
    body = JSON.parse(request.body.read)
    events = Array(body["events"]).first(MAX_BATCH)

    accepted = events.filter_map do |raw|
      event = Ingest::Event.from_h(raw)
      event if event.valid?
    end

    settings.buffer.push_all(accepted)
    status 202
    json(accepted: accepted.size, rejected: events.size - accepted.size)
  rescue JSON::ParserError
    halt 400, json(error: "invalid json")
  end

  get "/v1/stats" do
    json(settings.buffer.stats)
  end

  error Ingest::Buffer::Unavailable do
    halt 503, json(error: "buffer unavailable")
  end
end
