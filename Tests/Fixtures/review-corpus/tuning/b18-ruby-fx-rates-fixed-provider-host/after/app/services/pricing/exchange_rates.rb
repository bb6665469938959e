# frozen_string_literal: true

require "json"
require "net/http"
require "uri"

module Pricing
  # Fetches daily reference exchange rates used to show approximate prices
  # in the visitor's currency. Rates come from one fixed provider; the
  # caller only chooses which currency pair to ask for.
  class ExchangeRates
    BASE_URI = URI("https://api.frankfurter.app").freeze
    SUPPORTED = %w[EUR USD GBP CHF SEK NOK DKK PLN CZK JPY AUD CAD].freeze
    CACHE_TTL = 6 * 60 * 60

    class UnsupportedCurrency < ArgumentError; end
    class ProviderError < StandardError; end

    def initialize(cache: Rails.cache, logger: Rails.logger)
      @cache = cache
      @logger = logger
    end

    def rate(from:, to:)
      from = normalise(from)
      to = normalise(to)
      return 1.0 if from == to

      @cache.fetch("fx:#{from}:#{to}", expires_in: CACHE_TTL) { fetch_rate(from, to) }
    end

    def convert(amount_cents, from:, to:)
      (amount_cents * rate(from: from, to: to)).round
    end

    private

    def normalise(code)
      code = code.to_s.upcase
      raise UnsupportedCurrency, "unsupported currency #{code.inspect}" unless SUPPORTED.include?(code)

      code
    end

    def fetch_rate(from, to)
      uri = BASE_URI.dup
      uri.path = "/latest"
      uri.query = URI.encode_www_form(from: from, to: to)

      response = Net::HTTP.start(uri.host, uri.port, use_ssl: true, open_timeout: 3, read_timeout: 5) do |http|
        http.get(uri.request_uri, "Accept" => "application/json")
      end
      raise ProviderError, "HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)

      value = JSON.parse(response.body).dig("rates", to)
      raise ProviderError, "no rate for #{to}" unless value.is_a?(Numeric)

      value.to_f
    rescue JSON::ParserError, Net::OpenTimeout, Net::ReadTimeout => e
      @logger.warn("[fx] #{from}->#{to} failed: #{e.class}")
      raise ProviderError, e.message
    end
  end
end