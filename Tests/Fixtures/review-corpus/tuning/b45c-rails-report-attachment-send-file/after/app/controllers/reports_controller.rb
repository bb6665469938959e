# frozen_string_literal: true

class ReportsController < ApplicationController
  before_action :authenticate_user!
  before_action :set_report

  def show
    @attachments = @report.attachment_names
  end

  def download
    send_file @report.pdf_path,
              type: "application/pdf",
              filename: "#{@report.slug}.pdf",
              disposition: "attachment"
  end

  # GET /reports/:id/attachments/:name
  def attachment
    path = attachments_root.join(params[:name])
    return head :not_found unless File.file?(path)

    send_file path, disposition: "attachment"
  end

  private

  def attachments_root
    Rails.root.join("storage", "report_attachments", @report.id.to_s)
  end

  def set_report
    @report = current_account.reports.find(params[:id])
  end
end
