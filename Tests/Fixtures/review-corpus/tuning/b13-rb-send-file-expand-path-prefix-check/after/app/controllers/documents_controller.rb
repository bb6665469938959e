# frozen_string_literal: true

class DocumentsController < ApplicationController
  before_action :authenticate_user!

  TEMPLATE_ROOT = Rails.root.join("storage", "templates").realpath.to_s.freeze

  def index
    @documents = current_user.organization.documents.order(created_at: :desc).page(params[:page])
  end

  def show
    document = current_user.organization.documents.find(params[:id])
    send_file document.storage_path,
              filename: document.original_filename,
              type: document.content_type,
              disposition: "attachment"
  end

  # GET /documents/templates/:name — blank onboarding forms shipped with the app.
  def template
    requested = File.expand_path(params[:name].to_s, TEMPLATE_ROOT)

    unless requested.start_with?(TEMPLATE_ROOT + File::SEPARATOR) && File.file?(requested)
      head :not_found
      return
    end

    send_file requested, disposition: "attachment"
  end
end