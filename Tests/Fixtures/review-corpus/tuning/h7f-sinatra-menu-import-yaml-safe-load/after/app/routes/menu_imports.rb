# frozen_string_literal: true

require "json"
require "yaml"

module Menuboard
  module Routes
    # Bulk import of menu items for a location. Restaurant managers export
    # their POS menu and upload it here.
    class MenuImports < Base
      MAX_BYTES = 1_000_000
      MAX_ITEMS = 2_000

      before "/locations/:location_id/menu-imports*" do
        require_login!
        @location = current_account.locations.find_by(id: params[:location_id]) || halt(404)
        halt 403 unless current_user.can_manage?(@location)
      end

      get "/locations/:location_id/menu-imports/new" do
        erb :"menu_imports/new"
      end

      post "/locations/:location_id/menu-imports" do
        upload = params.dig(:file, :tempfile) || halt(400, "no file")
        halt 413, "file too large" if upload.size > MAX_BYTES

        items = parse_items(upload.read)
        halt 422, "too many items" if items.size > MAX_ITEMS

        result = MenuImporter.new(@location).call(items)
        flash[:notice] = "Imported #{result.created} new and #{result.updated} updated items."
        redirect "/locations/#{@location.id}/menu"
      rescue MenuImporter::InvalidItem, JSON::ParserError, Psych::Exception => e
        status 422
        erb :"menu_imports/new", locals: { error: e.message }
      end

      private

      # Square and Toast export JSON; Lightspeed exports YAML with dates for
      # seasonal items. safe_load only builds plain Ruby data (plus Date),
      # refuses arbitrary classes, and aliases are disabled to avoid
      # billion-laughs expansion.
      def parse_items(raw)
        data =
          if yaml_upload?
            YAML.safe_load(raw, permitted_classes: [Date], aliases: false)
          else
            JSON.parse(raw)
          end
        Array(data.is_a?(Hash) ? data["items"] : data)
      end

      def yaml_upload?
        name = params.dig(:file, :filename).to_s
        name.end_with?(".yml", ".yaml") || params.dig(:file, :type).to_s.include?("yaml")
      end
    end
  end
end
