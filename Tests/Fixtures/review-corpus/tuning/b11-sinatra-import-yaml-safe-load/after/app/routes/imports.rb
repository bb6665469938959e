require "sinatra/base"
require "yaml"
require "date"
require "json"

module Inventory
  class ImportRoutes < Sinatra::Base
    MAX_BYTES = 1 * 1024 * 1024

    helpers do
      def halt_json(status, body)
        halt status, { "Content-Type" => "application/json" }, body.to_json
      end
    end

    # Accepts a YAML stock sheet:
    #   - sku: ABC-1
    #     quantity: 12
    #     received_on: 2024-05-01
    post "/imports/stock" do
      authorize!(:import_stock)
      raw = request.body.read(MAX_BYTES + 1)
      halt_json(413, error: "file too large") if raw.bytesize > MAX_BYTES

      rows = begin
        YAML.safe_load(raw, permitted_classes: [Date], aliases: false)
      rescue Psych::Exception => e
        halt_json(422, error: "invalid YAML: #{e.message}")
      end
      halt_json(422, error: "expected a list") unless rows.is_a?(Array)

      result = StockImporter.new(current_user.warehouse).call(rows)
      content_type :json
      { imported: result.count, skipped: result.skipped }.to_json
    end
  end
end