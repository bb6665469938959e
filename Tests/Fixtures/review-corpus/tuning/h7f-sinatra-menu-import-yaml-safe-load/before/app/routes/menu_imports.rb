# frozen_string_literal: true

require "json"

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
      rescue MenuImporter::InvalidItem, JSON::ParserError => e
        status 422
        erb :"menu_imports/new", locals: { error: e.message }
      end

      private

      def parse_items(raw)
        data = JSON.parse(raw)
        Array(data.is_a?(Hash) ? data["items"] : data)
      end
    end
  end
end
