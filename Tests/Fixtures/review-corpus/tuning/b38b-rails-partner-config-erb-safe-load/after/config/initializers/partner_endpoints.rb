# frozen_string_literal: true

# Loads per-partner API endpoints and timeouts from config/partners.yml.
#
#   PartnerEndpoints.fetch(:dhl).base_url  # => "https://api-sandbox.dhl.com"
#
module PartnerEndpoints
  Endpoint = Struct.new(:key, :base_url, :timeout, :open_timeout, :auth, keyword_init: true)

  CONFIG_PATH = Rails.root.join("config/partners.yml")

  class << self
    def fetch(key)
      registry.fetch(key.to_sym) { raise KeyError, "unknown partner #{key.inspect}" }
    end

    def all
      registry.values
    end

    def reload!
      @registry = nil
      registry
    end

    private

    def registry
      @registry ||= build_registry
    end

    def build_registry
      # partners.yml uses <%= ENV.fetch("DHL_BASE_URL", ...) %> so staging can be
      # pointed at a mock without a deploy; render it like Rails renders database.yml.
      rendered = ERB.new(File.read(CONFIG_PATH)).result
      raw = YAML.safe_load(rendered, permitted_classes: [Symbol], aliases: true, symbolize_names: true)
      env_config = raw.fetch(Rails.env.to_sym) do
        raise "config/partners.yml has no section for #{Rails.env}"
      end

      env_config.to_h do |key, attrs|
        endpoint = Endpoint.new(
          key: key,
          base_url: attrs.fetch(:base_url),
          timeout: attrs.fetch(:timeout, 10),
          open_timeout: attrs.fetch(:open_timeout, 3),
          auth: attrs.fetch(:auth, :none).to_sym,
        )
        unless endpoint.base_url.start_with?("https://") || Rails.env.development?
          raise "partner #{key} must use https (got #{endpoint.base_url})"
        end
        [key, endpoint.freeze]
      end.freeze
    end
  end
end

Rails.application.config.to_prepare { PartnerEndpoints.reload! }
