# frozen_string_literal: true

module Carriers
  # Thin client for the Shipwell Freight API. Base URL and key come from the
  # environment so staging can point at their sandbox.
  class ShipwellClient
    class Error < StandardError; end

    BASE_URL = ENV.fetch("SHIPWELL_API_URL", "https://api.shipwell.example/")

    def initialize(api_key: ENV.fetch("SHIPWELL_API_KEY"), logger: Rails.logger)
      @api_key = api_key
      @logger = logger
    end

    def create_label(shipment)
      response = connection.post("v2/labels") do |req|
        req.body = {
          reference: shipment.reference,
          service_level: shipment.service_level,
          from: address_payload(shipment.origin),
          to: address_payload(shipment.destination),
          parcels: shipment.parcels.map { |p| p.slice(:weight_grams, :length_cm, :width_cm, :height_cm) }
        }
      end
      handle(response)
    end

    private

    def connection
      @connection ||= Faraday.new(url: BASE_URL) do |f|
        f.request :authorization, "Bearer", @api_key
        f.request :json
        f.response :json
        f.request :retry, max: 2, interval: 0.5, exceptions: [Faraday::TimeoutError]
        f.options.timeout = 15
        f.options.open_timeout = 5
      end
    end

    def address_payload(address)
      address.slice(:name, :line1, :line2, :city, :postal_code, :country_code)
    end

    def handle(response)
      return response.body if response.success?

      @logger.warn("shipwell #{response.status}: #{response.body.inspect}")
      raise Error, "Shipwell returned #{response.status}"
    end
  end
end
