# frozen_string_literal: true

require "date"
require "yaml"

module Releases
  # Loads the release calendar that product managers edit in
  # config/release_calendar.yml and exposes it to the admin dashboard.
  class Calendar
    Entry = Struct.new(:version, :code_freeze, :ship_date, :channels, :notes, keyword_init: true)

    class InvalidCalendar < StandardError; end

    DEFAULT_PATH = Rails.root.join("config", "release_calendar.yml")
    CHANNELS = %i[web ios android].freeze

    def self.load(path = DEFAULT_PATH)
      new(File.read(path))
    end

    def initialize(yaml_text)
      data = YAML.safe_load(yaml_text, symbolize_names: true)
      raise InvalidCalendar, "top level must be a mapping" unless data.is_a?(Hash)

      @entries = Array(data[:releases]).map { |raw| build_entry(raw) }.sort_by(&:ship_date)
    end

    attr_reader :entries

    def upcoming(today = Date.current)
      entries.select { |e| e.ship_date >= today }
    end

    def in_code_freeze?(today = Date.current)
      entries.any? { |e| today.between?(e.code_freeze, e.ship_date) }
    end

    def next_release(today = Date.current)
      upcoming(today).first
    end

    private

    def build_entry(raw)
      raise InvalidCalendar, "release entry must be a mapping" unless raw.is_a?(Hash)

      freeze_date = coerce_date(raw[:code_freeze], "code_freeze")
      ship_date = coerce_date(raw[:ship_date], "ship_date")
      raise InvalidCalendar, "#{raw[:version]}: freeze after ship" if freeze_date > ship_date

      Entry.new(
        version: raw.fetch(:version).to_s,
        code_freeze: freeze_date,
        ship_date: ship_date,
        channels: Array(raw[:channels]).map(&:to_sym) & CHANNELS,
        notes: raw[:notes].to_s
      )
    end

    def coerce_date(value, field)
      case value
      when Date then value
      when String then Date.iso8601(value)
      else raise InvalidCalendar, "#{field} missing"
      end
    rescue Date::Error
      raise InvalidCalendar, "#{field} is not an ISO date: #{value.inspect}"
    end
  end
end