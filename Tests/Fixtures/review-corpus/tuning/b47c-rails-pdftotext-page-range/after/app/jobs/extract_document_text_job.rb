require "open3"

class ExtractDocumentTextJob < ApplicationJob
  queue_as :documents

  retry_on ActiveStorage::FileNotFoundError, wait: 30.seconds, attempts: 5
  discard_on ActiveRecord::RecordNotFound

  class ExtractionFailed < StandardError; end

  def perform(document_id)
    document = Document.find(document_id)
    return unless document.file.attached? && document.file.content_type == "application/pdf"

    first_page, last_page = page_bounds(document.page_range)

    text = document.file.open do |tmp|
      out, status = Open3.capture2e(
        "pdftotext", "-layout", "-enc", "UTF-8",
        "-f", first_page.to_s, "-l", last_page.to_s,
        tmp.path, "-"
      )
      raise ExtractionFailed, out.truncate(500) unless status.success?
      out
    end

    document.update!(extracted_text: text.scrub.strip, extracted_at: Time.current)
  end

  private

  # Upload form lets people limit extraction to e.g. "3-40"; anything else means the whole file.
  def page_bounds(range)
    m = range.to_s.match(/\A(\d{1,4})-(\d{1,4})\z/)
    return [1, 9999] unless m

    [m[1].to_i, m[2].to_i].minmax
  end
end
