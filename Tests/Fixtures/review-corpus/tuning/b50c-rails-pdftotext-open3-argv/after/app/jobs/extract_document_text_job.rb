# frozen_string_literal: true

require "open3"

class ExtractDocumentTextJob < ApplicationJob
  queue_as :documents

  retry_on ActiveStorage::FileNotFoundError, wait: 30.seconds, attempts: 5

  class ExtractionFailed < StandardError; end

  # pdf-reader was choking on scanned contracts with broken xref tables;
  # poppler's pdftotext copes with them and keeps the column layout.
  def perform(document)
    return unless document.file.attached?
    return unless document.file.content_type == "application/pdf"

    document.file.open do |tempfile|
      text = pdftotext(tempfile.path)
      document.update!(extracted_text: text.truncate(500_000), extracted_at: Time.current)
    end
  end

  private

  def pdftotext(path)
    stdout, stderr, status = Open3.capture3(
      "pdftotext", "-layout", "-enc", "UTF-8", "-q", path, "-"
    )
    raise ExtractionFailed, stderr.presence || "pdftotext exited #{status.exitstatus}" unless status.success?

    stdout
  end
end
