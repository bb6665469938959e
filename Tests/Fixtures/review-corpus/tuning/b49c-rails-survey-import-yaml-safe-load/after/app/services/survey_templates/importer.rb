# frozen_string_literal: true

module SurveyTemplates
  class Importer
    class InvalidFile < StandardError; end

    MAX_BYTES = 512.kilobytes
    YAML_EXTENSIONS = %w[.yml .yaml].freeze

    def initialize(account:, upload:)
      @account = account
      @upload = upload
    end

    def call
      raise InvalidFile, "file too large" if @upload.size > MAX_BYTES

      data = parse(@upload.read)
      template = @account.survey_templates.build(
        title: data.fetch("title"),
        description: data["description"],
        starts_on: data["starts_on"]
      )
      Array(data["questions"]).each_with_index do |q, i|
        template.questions.build(position: i, kind: q.fetch("kind"), prompt: q.fetch("prompt"), choices: q["choices"])
      end
      template.save!
      template
    rescue KeyError, JSON::ParserError, Psych::Exception => e
      raise InvalidFile, e.message
    end

    private

    def parse(raw)
      return JSON.parse(raw) unless yaml_upload?

      # Research team exports templates from their authoring tool as YAML.
      data = YAML.safe_load(raw, permitted_classes: [Date], aliases: false)
      raise InvalidFile, "expected a mapping at the top level" unless data.is_a?(Hash)

      data
    end

    def yaml_upload?
      YAML_EXTENSIONS.include?(File.extname(@upload.original_filename.to_s).downcase)
    end
  end
end
