require "open3"

class DocumentImportWorker
  include Sidekiq::Worker
  sidekiq_options queue: :imports, retry: 3

  WORK_DIR = Rails.root.join("tmp", "imports")

  def perform(document_id)
    document = Document.find(document_id)
    document.update!(status: "processing")

    FileUtils.mkdir_p(WORK_DIR)
    source = WORK_DIR.join("#{document.id}-#{document.file.filename}")
    File.binwrite(source, document.file.download)

    text = if document.file.content_type == "application/pdf"
             extract_pdf_text(source)
           else
             File.read(source, encoding: "UTF-8")
           end
    document.update!(body_text: text.scrub, status: "ready")
  rescue ActiveRecord::RecordNotFound
    Sidekiq.logger.warn("document #{document_id} vanished before import")
  ensure
    FileUtils.rm_f(source) if source
  end

  private

  def extract_pdf_text(source)
    stdout, stderr, status = Open3.capture3("pdftotext -layout -enc UTF-8 \"#{source}\" -")
    raise "pdftotext failed: #{stderr}" unless status.success?

    stdout
  end
end
