require "open3"

class ExtractDocumentTextJob < ApplicationJob
  queue_as :documents

  retry_on ActiveStorage::FileNotFoundError, wait: 30.seconds, attempts: 5
  discard_on ActiveRecord::RecordNotFound

  class ExtractionFailed < StandardError; end

  def perform(document_id)
    document = Document.find(document_id)
    return unless document.file.attached? && document.file.content_type == "application/pdf"

    text = document.file.open do |tmp|
      out, status = Open3.capture2e("pdftotext", "-layout", "-enc", "UTF-8", tmp.path, "-")
      raise ExtractionFailed, out.truncate(500) unless status.success?
      out
    end

    document.update!(extracted_text: text.scrub.strip, extracted_at: Time.current)
  end
end
