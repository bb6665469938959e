# frozen_string_literal: true

# Splits an uploaded PDF into a new document containing only the requested pages.
# Enqueued from DocumentsController#split with the value of the "Pages" field (e.g. "1-3,8").
class SplitPdfJob
  include Sidekiq::Job
  sidekiq_options queue: :documents, retry: 3

  def perform(document_id, page_spec, requested_by_id)
    document = Document.find(document_id)
    user = User.find(requested_by_id)

    document.file.open do |source|
      target = Rails.root.join("tmp", "splits", "#{document.id}-#{SecureRandom.hex(6)}.pdf")
      FileUtils.mkdir_p(target.dirname)

      ranges = page_spec.to_s.delete(" ")
      cmd = "qpdf --empty --pages #{source.path} #{ranges} -- #{target}"
      ok = system(cmd)
      raise "qpdf failed for document #{document.id}" unless ok

      split = document.account.documents.create!(
        title: "#{document.title} (pages #{ranges})",
        created_by: user
      )
      split.file.attach(io: File.open(target), filename: "#{document.title.parameterize}-split.pdf")
      File.delete(target)
    end
  end
end
