# frozen_string_literal: true

module SurveyTemplates
  # Imports survey templates exported from another workspace (or hand-written)
  # as YAML. Example:
  #
  #   title: Quarterly pulse
  #   opens_on: 2024-04-01
  #   questions:
  #     - kind: scale
  #       prompt: How was your quarter?
  #       min: 1
  #       max: 5
  class Importer
    class InvalidTemplate < StandardError; end

    QUESTION_KINDS = %w[text scale single_choice multi_choice].freeze
    MAX_BYTES = 256.kilobytes
    MAX_QUESTIONS = 100

    def initialize(workspace:, author:)
      @workspace = workspace
      @author = author
    end

    def call(upload)
      raise InvalidTemplate, "file is too large" if upload.size > MAX_BYTES

      data = parse(upload.read)
      build_template(data)
    end

    private

    attr_reader :workspace, :author

    def parse(content)
      data = YAML.safe_load(content, permitted_classes: [Date], aliases: false)
      raise InvalidTemplate, "template must be a mapping" unless data.is_a?(Hash)

      data
    rescue Psych::Exception => e
      raise InvalidTemplate, "invalid YAML: #{e.message}"
    end

    def build_template(data)
      questions = Array(data["questions"])
      raise InvalidTemplate, "template has no questions" if questions.empty?
      raise InvalidTemplate, "too many questions" if questions.size > MAX_QUESTIONS

      SurveyTemplate.transaction do
        template = workspace.survey_templates.create!(
          title: data.fetch("title") { raise InvalidTemplate, "title is required" }.to_s.truncate(200),
          description: data["description"].to_s.truncate(2000),
          opens_on: data["opens_on"].is_a?(Date) ? data["opens_on"] : nil,
          created_by: author
        )

        questions.each_with_index do |q, index|
          template.questions.create!(question_attributes(q, index))
        end

        template
      end
    end

    def question_attributes(question, index)
      raise InvalidTemplate, "question #{index + 1} must be a mapping" unless question.is_a?(Hash)

      kind = question["kind"].to_s
      raise InvalidTemplate, "unknown question kind #{kind.inspect}" unless QUESTION_KINDS.include?(kind)

      {
        position: index,
        kind: kind,
        prompt: question["prompt"].to_s.truncate(500),
        options: Array(question["options"]).map(&:to_s).first(20),
        scale_min: question["min"]&.to_i,
        scale_max: question["max"]&.to_i,
        required: question.fetch("required", true) == true
      }
    end
  end
end