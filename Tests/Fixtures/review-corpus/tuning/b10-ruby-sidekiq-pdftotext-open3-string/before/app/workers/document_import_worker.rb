class DocumentImportWorker
  include Sidekiq::Worker
  sidekiq_options queue: :imports, retry: 3

  def perform(document_id)
    document = Document.find(document_id)
    document.update!(status: "processing")

    text = document.file.download.force_encoding(Encoding::UTF_8)
    document.update!(body_text: text.scrub, status: "ready")
  rescue ActiveRecord::RecordNotFound
    Sidekiq.logger.warn("document #{document_id} vanished before import")
  end
end
