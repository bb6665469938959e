# frozen_string_literal: true

module Catalog
  # Imports a supplier price list uploaded from the admin UI (JSON or YAML).
  class PriceListImporter
    Result = Struct.new(:created, :updated, :errors, keyword_init: true)

    YAML_TYPES = %w[application/x-yaml text/yaml text/x-yaml].freeze

    def initialize(supplier, upload)
      @supplier = supplier
      @upload = upload
    end

    def call
      rows = parse(@upload.read)
      result = Result.new(created: 0, updated: 0, errors: [])

      rows.each_with_index do |row, index|
        import_row(row, result)
      rescue ActiveRecord::RecordInvalid => e
        result.errors << "row #{index + 1}: #{e.record.errors.full_messages.to_sentence}"
      end

      result
    end

    private

    def parse(raw)
      document =
        if YAML_TYPES.include?(@upload.content_type)
          YAML.safe_load(raw, permitted_classes: [Date], aliases: false)
        else
          JSON.parse(raw)
        end

      document.fetch("items")
    end

    def import_row(row, result)
      variant = @supplier.variants.find_or_initialize_by(sku: row.fetch("sku"))
      result[variant.new_record? ? :created : :updated] += 1
      variant.update!(cost_cents: row.fetch("cost_cents"), valid_from: row["valid_from"])
    end
  end
end
