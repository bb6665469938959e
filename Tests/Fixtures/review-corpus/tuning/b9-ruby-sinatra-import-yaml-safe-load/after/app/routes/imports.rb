# frozen_string_literal: true

require "sinatra/base"
require "yaml"
require "json"

module Roster
  class ImportRoutes < Sinatra::Base
    MAX_UPLOAD = 256 * 1024

    before { authenticate! }

    post "/imports/shifts" do
      upload = params.dig(:file, :tempfile)
      halt 400, json_error("file missing") unless upload
      halt 413, json_error("file too large") if upload.size > MAX_UPLOAD

      begin
        doc = YAML.safe_load(upload.read, permitted_classes: [Date], aliases: false, symbolize_names: true)
      rescue Psych::Exception => e
        halt 422, json_error("invalid YAML: #{e.message}")
      end

      shifts = Array(doc && doc[:shifts])
      created = shifts.map do |row|
        Shift.create!(
          team_id: current_user.team_id,
          starts_on: row.fetch(:date),
          role: row.fetch(:role).to_s,
          person: row[:person].to_s
        )
      end

      content_type :json
      status 201
      { imported: created.size }.to_json
    end

    private

    def json_error(message)
      content_type :json
      { error: message }.to_json
    end
  end
end
