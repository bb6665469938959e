# frozen_string_literal: true

# Imports a survey template that a workspace admin exported from another
# workspace (Admin::TemplatesController#import passes params[:template_file]).
class SurveyTemplateImporter
  class InvalidTemplate < StandardError; end

  SUPPORTED_VERSIONS = [1, 2].freeze
  MAX_BYTES = 512.kilobytes

  Result = Struct.new(:template, :warnings, keyword_init: true)

  def initialize(upload, workspace:, imported_by:)
    @upload = upload
    @workspace = workspace
    @imported_by = imported_by
    @warnings = []
  end

  def call
    raise InvalidTemplate, "file too large" if @upload.size > MAX_BYTES

    data = parse(@upload.read)
    version = data.fetch("version", 1).to_i
    raise InvalidTemplate, "unsupported version #{version}" unless SUPPORTED_VERSIONS.include?(version)

    template = nil
    SurveyTemplate.transaction do
      template = @workspace.survey_templates.create!(
        title: data.fetch("title").to_s.truncate(200),
        description: data["description"].to_s,
        created_by: @imported_by,
        source: "import"
      )
      Array(data["questions"]).each_with_index do |q, idx|
        build_question(template, q, idx)
      end
    end

    Result.new(template: template, warnings: @warnings)
  rescue KeyError => e
    raise InvalidTemplate, "missing field: #{e.key}"
  end

  private

  def parse(raw)
    doc = YAML.safe_load(raw, permitted_classes: [Date, Time], aliases: false)
    raise InvalidTemplate, "expected a mapping" unless doc.is_a?(Hash)

    doc
  rescue Psych::SyntaxError, Psych::DisallowedClass => e
    raise InvalidTemplate, e.message
  end

  def build_question(template, q, idx)
    kind = q["kind"].to_s
    unless SurveyQuestion::KINDS.include?(kind)
      @warnings << "question #{idx + 1}: unknown kind #{kind.inspect}, skipped"
      return
    end

    template.questions.create!(
      position: idx,
      kind: kind,
      prompt: q.fetch("prompt").to_s.truncate(500),
      required: ActiveModel::Type::Boolean.new.cast(q["required"]),
      options: Array(q["options"]).map(&:to_s).first(50)
    )
  end
end
