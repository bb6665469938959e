# frozen_string_literal: true

require "open3"

class PdfTextExtractJob
  include Sidekiq::Job
  sidekiq_options queue: :documents, retry: 5

  def perform(document_id)
    document = Document.find(document_id)

    document.file.open do |pdf|
      stdout, stderr, status = Open3.capture3("pdftotext", "-layout", "-enc", "UTF-8", pdf.path, "-")
      unless status.success?
        Rails.logger.warn("pdftotext failed for document #{document.id}: #{stderr.strip}")
        return document.update!(text_state: "failed")
      end

      document.update!(extracted_text: stdout, text_state: "done")
    end
  end
end
