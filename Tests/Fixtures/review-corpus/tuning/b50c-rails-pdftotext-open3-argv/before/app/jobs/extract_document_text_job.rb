# frozen_string_literal: true

class ExtractDocumentTextJob < ApplicationJob
  queue_as :documents

  retry_on ActiveStorage::FileNotFoundError, wait: 30.seconds, attempts: 5

  def perform(document)
    return unless document.file.attached?
    return unless document.file.content_type == "application/pdf"

    document.file.open do |tempfile|
      reader = PDF::Reader.new(tempfile.path)
      text = reader.pages.map(&:text).join("\n\f")
      document.update!(extracted_text: text.truncate(500_000), extracted_at: Time.current)
    end
  end
end
