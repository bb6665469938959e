# frozen_string_literal: true

require "open3"

class PdfTextExtractJob
  include Sidekiq::Job
  sidekiq_options queue: :documents, retry: 5

  def perform(document_id, first_page = nil, last_page = nil)
    document = Document.find(document_id)

    args = ["pdftotext", "-layout", "-enc", "UTF-8"]
    args += ["-f", Integer(first_page).to_s] if first_page
    args += ["-l", Integer(last_page).to_s] if last_page

    document.file.open do |pdf|
      stdout, stderr, status = Open3.capture3(*args, pdf.path, "-")
      unless status.success?
        Rails.logger.warn("pdftotext failed for document #{document.id}: #{stderr.strip}")
        return document.update!(text_state: "failed")
      end

      document.update!(extracted_text: stdout, text_state: "done")
    end
  end
end
