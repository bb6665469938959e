# frozen_string_literal: true

class DocumentsController < ApplicationController
  before_action :authenticate_user!

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
end