# frozen_string_literal: true

class ExportsController < ApplicationController
  before_action :authenticate_user!

  def index
    @exports = current_account.exports.order(created_at: :desc).limit(50)
  end

  def create
    export = current_account.exports.create!(kind: params.require(:kind), requested_by: current_user)
    ExportJob.perform_later(export.id)
    redirect_to exports_path, notice: "Export queued. We'll email you when it's ready."
  end

  def show
    export = current_account.exports.find(params[:id])
    send_file export.file_path,
              filename: export.download_name,
              type: "text/csv",
              disposition: "attachment"
  end

  # Links in the "export ready" email point at /exports/download?file=<name>
  def download
    path = Rails.root.join("storage", "exports", current_account.id.to_s, params[:file])
    send_file path, type: "text/csv", disposition: "attachment"
  end
end
